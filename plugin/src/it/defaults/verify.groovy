// Runs after both builds of this consumer project.
def target = new File(basedir, 'target')
def client = new File(target, 'generated-sources/chat-contracts-client/dev/chatcontracts/client')
assert new File(client, 'zendeskchat/api/AgentsApi.java').isFile()
assert new File(client, 'zendeskchat/model/ChatOrOfflineMessage.java').isFile()
assert new File(client, 'zendeskchat/AgentPages.java').isFile()
assert new File(client, 'zohosalesiq/api/ConversationsApi.java').isFile()
assert new File(target, 'classes/org/example/chat/UsesTheClient.class').isFile()
assert new File(target, 'classes/dev/chatcontracts/client/zendeskchat/api/ChatsApi.class').isFile()

// schemas: files on the classpath, the facade compiled, the consumer's test of it ran green
def schemas = new File(target, 'classes/chat-contracts/schemas')
assert new File(schemas, 'zendesk-chat/response/Chat.schema.json').isFile()
assert new File(schemas, 'zendesk-chat/request/Agent.schema.json').isFile()
assert new File(schemas, 'index.json').isFile()
assert new File(target, 'classes/dev/chatcontracts/schemas/ChatApiSchemas.class').isFile()
assert new File(target, 'surefire-reports/TEST-org.example.chat.GeneratedSchemasTest.xml').text.contains('failures="0"')

// pacts: one per spec, no credentials
def pacts = new File(target, 'pacts').listFiles().findAll { it.name.endsWith('.json') }
assert pacts*.name.sort() == ['chat-contracts-consumer-zendesk-chat.json', 'chat-contracts-consumer-zoho-salesiq.json']
pacts.each { assert !it.text.toLowerCase().contains('authorization') }
def pact = new groovy.json.JsonSlurper().parse(pacts.find { it.name.contains('zendesk') })
assert pact.metadata.pactSpecification.version == '3.0.0'
assert pact.interactions.size() > 5
// every operation has an interaction; paths are the full request paths on the provider
assert pact.interactions.every { it.request.path.startsWith('/api/v2/chat/') }
assert pact.interactions*.description.collect { it.split(' ')[0] }.toSet().size() == 20

def text = basedir.listFiles().findAll { it.name.startsWith('build') && it.name.endsWith('.log') }.collect { it.text }.join('\n')
assert text =~ /Generated \d+ client sources because no previous build state/ : 'the first build generates the client'
assert text =~ /Generated \d+ schema files because no previous build state/
assert text =~ /Generated \d+ pact files \(V3\) because no previous build state/
assert text.contains('Client sources are up to date') : 'the second build is a no-op'
assert text.contains('Schemas are up to date')
assert text.contains('Pacts are up to date')
assert text.contains('zendesk-chat: 31 examples checked, 0 problems')
return true
