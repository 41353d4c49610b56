package dev.chatcontracts.mock;

/** The two vendor APIs the mock serves; each has its own base path, authentication and error body. */
public enum Vendor {
    /** Zendesk Chat REST API v2, served under {@code /api/v2/chat} and the legacy {@code /api/v2}. */
    ZENDESK_CHAT,
    /** Zoho SalesIQ REST API, served under {@code /api}. */
    ZOHO_SALESIQ
}
