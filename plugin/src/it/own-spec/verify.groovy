def out = new File(basedir, 'target/generated-sources/tickets-client')
assert new File(out, 'org/example/other/apitickets/api/TicketsApi.java').isFile() : 'the third build regenerated into the new package'
assert !new File(out, 'org/example/gen').exists() : 'the previous package was removed'
def api = new File(out, 'org/example/other/apitickets/api/TicketsApi.java').text
assert api.contains('listTickets(') && api.contains('createTicket(')
assert !api.contains('deleteTicket(') : 'only the Tickets tag was generated'
assert !new File(out, 'org/example/other/apitickets/AgentPages.java').exists() : 'no Zendesk page iterators for a spec without listAgents'

def text = basedir.listFiles().findAll { it.name.startsWith('build') && it.name.endsWith('.log') }.collect { it.text }.join('\n')
assert text.contains('api-tickets: 1 examples checked, 0 problems') || text.contains('api-tickets: 2 examples checked, 0 problems')
assert text =~ /Generated \d+ client sources because no previous build state/
assert text.contains('Client sources are up to date')
assert text.contains('because config:basePackage changed from org.example.gen to org.example.other')
return true
