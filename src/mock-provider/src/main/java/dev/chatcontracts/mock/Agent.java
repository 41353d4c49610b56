package dev.chatcontracts.mock;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A Zendesk Chat agent as the API returns it. The password is not part of it: it is write-only and kept
 * beside the agent in the {@link AgentStore}.
 *
 * @param id                 int64 id
 * @param firstName          first name
 * @param lastName           last name
 * @param displayName        the name shown to visitors
 * @param createDate         ISO-8601 creation time
 * @param email              e-mail address (a string: discrepancy D1)
 * @param roles              deprecated role flags, derived from the role id and ownership
 * @param roleId             1 owner, 2 administrator, 3 agent (other ids: custom roles without admin rights)
 * @param enabled            whether the agent may log in (a boolean: discrepancy D13)
 * @param departments        department ids
 * @param skills             skill ids
 * @param lastLogin          ISO-8601 time of the last login, {@code null} when never (undocumented)
 * @param loginCount         number of logins (undocumented)
 * @param enabledDepartments departments the agent is enabled in (undocumented)
 */
@JsonPropertyOrder({"id", "first_name", "last_name", "display_name", "create_date", "email", "roles", "role_id",
        "enabled", "departments", "skills", "last_login", "login_count", "enabled_departments"})
record Agent(long id, String firstName, String lastName, String displayName, String createDate, String email,
             AgentRoles roles, long roleId, boolean enabled, List<Long> departments, List<Long> skills,
             String lastLogin, int loginCount, List<Long> enabledDepartments) {

    static final long OWNER_ROLE_ID = 1;
    static final long ADMINISTRATOR_ROLE_ID = 2;
    static final long AGENT_ROLE_ID = 3;

    Agent {
        roles = roles == null ? new AgentRoles(false, false) : roles;
        departments = departments == null ? List.of() : List.copyOf(departments);
        skills = skills == null ? List.of() : List.copyOf(skills);
        enabledDepartments = enabledDepartments == null ? List.of() : List.copyOf(enabledDepartments);
    }

    /** What this agent may do through the API. */
    Role role() {
        if (roles.owner()) {
            return Role.OWNER;
        }
        return roles.administrator() ? Role.ADMINISTRATOR : Role.AGENT;
    }

    /** The same agent with a new role id; the deprecated role flags follow it. */
    Agent withRoleId(long newRoleId) {
        AgentRoles newRoles = new AgentRoles(roles.owner(), roles.owner() || newRoleId == ADMINISTRATOR_ROLE_ID);
        return new Agent(id, firstName, lastName, displayName, createDate, email, newRoles, newRoleId, enabled,
                departments, skills, lastLogin, loginCount, enabledDepartments);
    }

    Agent withNames(String newFirstName, String newLastName, String newDisplayName) {
        return new Agent(id, newFirstName, newLastName, newDisplayName, createDate, email, roles, roleId, enabled,
                departments, skills, lastLogin, loginCount, enabledDepartments);
    }

    Agent withEmail(String newEmail) {
        return new Agent(id, firstName, lastName, displayName, createDate, newEmail, roles, roleId, enabled,
                departments, skills, lastLogin, loginCount, enabledDepartments);
    }

    Agent withEnabled(boolean newEnabled) {
        return new Agent(id, firstName, lastName, displayName, createDate, email, roles, roleId, newEnabled,
                departments, skills, lastLogin, loginCount, enabledDepartments);
    }
}
