package dev.chatcontracts.contracts.streaming;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A List Chats answer of any length, generated as it is read and never held: {@code {"chats": [...],
 * "count": n, "next_url": null, "prev_url": null}} with chats (keys in the API's alphabetical order, so
 * {@code type} comes late) and every fifth one an offline message. Every {@code invalidEvery}-th element
 * carries {@code "unread": 0} (discrepancy D3), one violation at {@code /chats/i/unread}.
 */
final class ChatListStream extends InputStream {

    private static final String CHAT = """
            {"agent_ids":["%1$d"],"agent_names":["Agent %1$d"],"comment":null,\
            "conversions":[{"attribution":{"agent_id":%1$d,"agent_name":"John","chat_timestamp":"2024-10-09T05:28:35Z",\
            "department_id":null,"department_name":null},"goal_id":1,"goal_name":"signup","id":"456","timestamp":"2024-10-09T05:40:35Z"}],\
            "count":{"agent":4,"total":9,"visitor":5},"department_id":7,"department_name":"Billing",\
            "duration":913,"history":[%2$s],"id":"2410.%1$d.QWERTY","missed":false,"rating":"good",\
            "response_time":{"avg":12.5,"first":9,"max":31},\
            "session":{"browser":"Safari","city":"Orlando","country_code":"US","country_name":"United States",\
            "end_date":"2024-10-09T05:46:47Z","id":"241009.%1$d.1KhqS0Nw","ip":"67.23.229.96","platform":"Mac OS",\
            "region":"Florida","start_date":"2024-10-09T05:28:31Z","user_agent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10)"},\
            "started_by":"visitor","tags":["billing","vip"],"timestamp":"2024-10-09T05:28:35Z","triggered":false,\
            "triggered_response":null,"type":"chat","unread":%3$s,\
            "visitor":{"email":"visitor%1$d@example.com","id":"1.%1$d","name":"Visitor %1$d","notes":"","phone":""},\
            "webpath":[{"from":"https://example.com/","timestamp":"2024-10-09T05:20:00Z","title":"Home","to":"https://example.com/pricing"}],\
            "zendesk_ticket_id":null}""";
    private static final String EVENT = """
            {"channel":"#supportchat:%1$d","msg":"message number %2$d of this chat","msg_id":"%2$d","name":"Visitor %1$d",\
            "nick":"visitor:%1$d","options":"","timestamp":"2024-10-09T05:%3$02d:35.123456Z","type":"chat.msg"}""";
    private static final String OFFLINE = """
            {"department_id":null,"department_name":"Billing Department","id":"2410.%1$d.OFFLINE",\
            "message":"Please call me back about invoice %1$d","session":{"browser":"Chrome","city":"Berlin",\
            "country_code":"DE","country_name":"Germany","id":"241009.%1$d.X","ip":"10.0.0.1","platform":"Linux",\
            "region":"Berlin","start_date":"2024-10-09T05:28:31Z","user_agent":"Mozilla/5.0"},\
            "started_by":"visitor","timestamp":"2024-10-09T05:28:35Z","type":"offline_msg","unread":%2$s,\
            "visitor":{"email":"v%1$d@example.com","id":"1.%1$d","name":"Visitor %1$d","notes":"","phone":""},\
            "webpath":[],"zendesk_ticket_id":null}""";

    private final long chats;
    private final long invalidEvery;
    private long next;
    private byte[] chunk = "{\"chats\":[".getBytes(StandardCharsets.UTF_8);
    private int position;
    private boolean finished;

    /**
     * @param chats how many elements
     * @param invalidEvery every how many elements one is invalid; 0 for none
     */
    ChatListStream(long chats, long invalidEvery) {
        this.chats = chats;
        this.invalidEvery = invalidEvery;
    }

    /** How many violations a validator must find. */
    long expectedViolations() {
        return invalidEvery == 0 ? 0 : (chats + invalidEvery - 1) / invalidEvery;
    }

    static String element(long index, boolean invalid) {
        String unread = invalid ? "0" : "false";
        if (index % 5 == 4) {
            return OFFLINE.formatted(index, unread);
        }
        StringBuilder history = new StringBuilder();
        for (int event = 0; event < 12; event++) {
            history.append(event == 0 ? "" : ",").append(EVENT.formatted(index, event, event * 4));
        }
        return CHAT.formatted(index, history, unread);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position == chunk.length) {
            if (finished) {
                return -1;
            }
            nextChunk();
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, count);
        position += count;
        return count;
    }

    private void nextChunk() {
        String text;
        if (next < chats) {
            boolean invalid = invalidEvery > 0 && next % invalidEvery == 0;
            text = (next == 0 ? "" : ",") + element(next, invalid);
            next++;
        } else {
            text = "],\"count\":" + chats + ",\"next_url\":null,\"prev_url\":null}";
            finished = true;
        }
        chunk = text.getBytes(StandardCharsets.UTF_8);
        position = 0;
    }
}
