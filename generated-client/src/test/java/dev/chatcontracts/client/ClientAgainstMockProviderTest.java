package dev.chatcontracts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatcontracts.client.zendeskchat.AgentPages;
import dev.chatcontracts.client.zendeskchat.ApiClient;
import dev.chatcontracts.client.zendeskchat.ApiException;
import dev.chatcontracts.client.zendeskchat.ChatAuth;
import dev.chatcontracts.client.zendeskchat.ChatClients;
import dev.chatcontracts.client.zendeskchat.ClientSettings;
import dev.chatcontracts.client.zendeskchat.NextUrlPages;
import dev.chatcontracts.client.zendeskchat.api.AccountApi;
import dev.chatcontracts.client.zendeskchat.api.AgentsApi;
import dev.chatcontracts.client.zendeskchat.api.ChatsApi;
import dev.chatcontracts.client.zendeskchat.api.VisitorsApi;
import dev.chatcontracts.client.zendeskchat.model.Agent;
import dev.chatcontracts.client.zendeskchat.model.AgentCreate;
import dev.chatcontracts.client.zendeskchat.model.BulkDeleteResult;
import dev.chatcontracts.client.zendeskchat.model.ChatOrOfflineMessage;
import dev.chatcontracts.client.zendeskchat.model.ChatSearchResult;
import dev.chatcontracts.client.zendeskchat.model.ChatSessionInput;
import dev.chatcontracts.client.zendeskchat.model.ChatVisitorInput;
import dev.chatcontracts.client.zendeskchat.model.OfflineMessage;
import dev.chatcontracts.client.zendeskchat.model.OfflineMessageCreate;
import dev.chatcontracts.client.zendeskchat.model.Visitor;
import dev.chatcontracts.client.zohosalesiq.api.ConversationsApi;
import dev.chatcontracts.client.zohosalesiq.model.SalesIQConversationEnvelope;
import dev.chatcontracts.client.zohosalesiq.model.SalesIQConversationVisitorUpdate;
import dev.chatcontracts.mock.Credentials;
import dev.chatcontracts.mock.MockProvider;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated client against the embedded mock provider: every resource, auth, pages, retries, timeouts. */
class ClientAgainstMockProviderTest {

    private static MockProvider mock;
    private static Credentials credentials;
    private static ApiClient owner;

    @BeforeAll
    static void startMock() {
        mock = MockProvider.start();
        credentials = mock.credentials();
        owner = ChatClients.create(mock.zendeskBaseUrl().toString(), ChatAuth.bearer(credentials.bearerToken()));
    }

    @AfterAll
    static void stopMock() {
        mock.close();
    }

    @BeforeEach
    void resetState() {
        mock.reset();
        mock.faults().clear();
    }

    @Test
    void visitorsAreCreatedShownAndUpdated() throws ApiException {
        VisitorsApi visitors = new VisitorsApi(owner);

        Visitor created = visitors.createVisitor(new Visitor().name("Visitor 1").email("v1@example.com").notes("cool").phone("+65 1"));
        visitors.updateVisitor(created.getId(), new Visitor().name("John"));
        Visitor shown = visitors.showVisitor(created.getId());

        assertThat(created.getId()).isNotBlank();
        assertThat(shown.getName()).isEqualTo("John");
        assertThat(shown.getNotes()).isEqualTo("cool");
    }

    @Test
    void everyAgentIsSeenOnceOverSinceIdPagesNoLargerThanTheLimit() throws ApiException {
        AgentsApi agents = new AgentsApi(owner);
        List<Agent> wholeSet = agents.listAgents(null, null, null);

        List<List<Agent>> pages = new java.util.ArrayList<>();
        AgentPages.of(agents, 2).forEach(pages::add);
        List<Long> walked = pages.stream().flatMap(List::stream).map(Agent::getId).toList();

        assertThat(pages).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(2));
        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(wholeSet.stream().map(Agent::getId).toList());
        assertThat(AgentPages.all(agents, 3).count()).isEqualTo(wholeSet.size());
    }

    @Test
    void aCreatedAgentNeverComesBackWithItsPassword() throws ApiException {
        AgentsApi agents = new AgentsApi(owner);

        Agent created = agents.createAgent(new AgentCreate().email("smith@example.com").password("secretpassword")
                .firstName("John").lastName("Smith").displayName("Smith").enabled(true));
        Agent byEmail = agents.showAgentByEmail("smith@example.com");

        assertThat(created.getId()).isPositive();
        assertThat(created.getPassword()).isNull();
        assertThat(byEmail.getId()).isEqualTo(created.getId());
    }

    @Test
    void theRequestingAgentComesFromTheCredentials() throws ApiException {
        ApiClient agent = ChatClients.create(mock.zendeskBaseUrl().toString(), ChatAuth.basic(credentials.agentEmail(), credentials.agentPassword()));

        assertThat(new AgentsApi(agent).showRequestingAgent().getId()).isEqualTo(credentials.agentAgentId());
    }

    @Test
    void everyChatIsSeenOnceOverNextUrlPages() throws ApiException {
        List<String> ids = NextUrlPages.allChats(owner).map(NextUrlPagesIds::id).toList();

        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void listingByIdsAnswersTheDocsMap() throws ApiException {
        var answer = new ChatsApi(owner).listChats("123,1234");

        assertThat(answer.getDocs()).containsOnlyKeys("123", "1234");
        assertThat(answer.getChats()).isNullOrEmpty();
    }

    @Test
    void searchResultsFollowNextUrlToTheEnd() {
        List<ChatSearchResult> results = NextUrlPages.search(owner, "chat_type:chat").toList();

        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.getType().getValue()).isEqualTo("chat"));
    }

    @Test
    void anOfflineMessageIsCreatedWithAnEpochTimestampAndShownWithAnIsoOne() throws ApiException {
        ChatsApi chats = new ChatsApi(owner);
        OfflineMessage created = chats.createChat(new OfflineMessageCreate()
                .visitor(new ChatVisitorInput().id("1.12345").name("John").email("john@example.com"))
                .message("Hi there!").type(OfflineMessageCreate.TypeEnum.OFFLINE_MSG).timestamp(1444156010L)
                .session(new ChatSessionInput().browser("Safari").city("Orlando").id("141109.654464.1KhqS0Nw")));

        ChatOrOfflineMessage shown = chats.showChat(created.getId());

        assertThat(created.getTimestamp().toEpochSecond()).isEqualTo(1444156010L);
        assertThat(shown.getActualInstance()).isInstanceOf(OfflineMessage.class);
        assertThat(shown.getOfflineMessage().getMessage()).isEqualTo("Hi there!");
    }

    @Test
    void bulkDeleteReportsEachKindOfFailure() throws ApiException {
        ChatsApi chats = new ChatsApi(owner);
        chats.deleteChat("1234");

        BulkDeleteResult result = chats.bulkDeleteChats("123,1234,9999.1.none,bad!id");

        assertThat(result.getNumberSuccess()).isEqualTo(1);
        assertThat(result.getFailed().getAlreadyDeleted()).containsExactly("1234");
        assertThat(result.getFailed().getNotFound()).containsExactly("9999.1.none");
        assertThat(result.getFailed().getInvalidId()).containsExactly("bad!id");
    }

    @Test
    void wrongCredentialsAreA401() {
        ApiClient stranger = ChatClients.create(mock.zendeskBaseUrl().toString(), ChatAuth.bearer("not-a-token"));

        assertThatThrownBy(() -> new AccountApi(stranger).showAccount())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }

    @Test
    void theSalesIqVisitorIsUpdatedWithAZohoToken() throws Exception {
        var zoho = dev.chatcontracts.client.zohosalesiq.ChatClients.create(mock.salesIqBaseUrl().toString(),
                dev.chatcontracts.client.zohosalesiq.ChatAuth.zohoOAuthToken(credentials.zohoToken()));

        SalesIQConversationEnvelope envelope = new ConversationsApi(zoho).updateConversationVisitor("zylkerinc", "666300030000479029",
                new SalesIQConversationVisitorUpdate().lastName("Larry").email("larry@zylker.com").phone("2384943201"));

        assertThat(envelope.getData().getVisitor().getName()).isEqualTo("Larry");
        assertThat(envelope.getData().getId()).isEqualTo("666300030000479029");
    }

    @Test
    void a429IsWaitedOutAndRetried() throws ApiException {
        mock.faults().on("showAccount").status(429).times(2);

        assertThat(new AccountApi(owner).showAccount().getAccountKey()).isNotBlank();
    }

    @Test
    void a429PastTheRetryBudgetReachesTheCaller() {
        mock.faults().on("showAccount").status(429).times(5);
        ApiClient impatient = ChatClients.create(mock.zendeskBaseUrl().toString(), ChatAuth.bearer(credentials.bearerToken()),
                ClientSettings.defaults().withMaxRetries(1));

        assertThatThrownBy(() -> new AccountApi(impatient).showAccount())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(429));
    }

    @Test
    void theReadTimeoutIsHonoured() {
        mock.faults().on("showAgent").delay(Duration.ofSeconds(3)).times(1);
        ApiClient hasty = ChatClients.create(mock.zendeskBaseUrl().toString(), ChatAuth.bearer(credentials.bearerToken()),
                ClientSettings.defaults().withReadTimeout(Duration.ofMillis(300)));

        assertThatThrownBy(() -> new AgentsApi(hasty).showAgent(credentials.ownerAgentId()))
                .isInstanceOf(ApiException.class).hasRootCauseInstanceOf(HttpTimeoutException.class);
    }

    /** The id of a chat or an offline message. */
    private static final class NextUrlPagesIds {
        static String id(ChatOrOfflineMessage chat) {
            return chat.getActualInstance() instanceof OfflineMessage offline ? offline.getId() : chat.getChat().getId();
        }
    }
}
