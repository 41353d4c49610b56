// Runs after the build: it passed although both goals found ERROR findings (failOnError = false).
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// validate-captures: the folder's JSON response (with its sidecar) and the HAR's two entries
assert log.contains('chat-contracts: 3 exchanges checked; 1 ERROR')
assert log.contains('response.field.type at /enabled')
assert log.contains('session.har#/log/entries/1')
assert log.contains('validate-captures: 1 ERROR finding(s); the first: response.field.type at /enabled')

// validate-captures again, every body streamed and a 400-byte body limit: the 424-byte agent.json is not
// read, the HAR's streamed entries give the same finding as the tree path above (actual value included)
assert log.contains('chat-contracts: 3 exchanges checked; 2 ERROR')
assert log.contains('response.body.tooLarge: ' + new File(basedir, 'src/test/captures/agent.json').path + ': 424 bytes, more than the body size limit of 400')
assert log.contains('ERROR response.field.type at /enabled: integer found, boolean expected (expected boolean, actual 1)')
def streamed = new File(basedir, 'target/chat-contracts/streamed-junit.xml')
assert streamed.text.contains('tests="3" failures="2"')

// check-pact: the planted readOnly field is rejected with its key, the file and the interaction
assert log.contains('chat-contracts: 2 exchanges checked; 1 ERROR')
assert log.contains('request.field.readOnly at /id')
assert log =~ /check-pact: 1 ERROR finding\(s\); the first: request\.field\.readOnly at \/id in .*chat-widget-zendesk-chat\.json#\/interactions\/1 "create a visitor, sending its readOnly id"/
assert log.contains('failOnError is false: the build goes on')

def reports = new File(basedir, 'target/chat-contracts')
def captures = new File(reports, 'captures-junit.xml')
assert captures.isFile()
assert captures.text.contains('tests="3" failures="1"')
assert captures.text.contains('response.field.type')
assert new File(reports, 'captures.html').isFile()
def pacts = new File(reports, 'pacts-junit.xml')
assert pacts.isFile()
assert pacts.text.contains('tests="2" failures="1"')
assert pacts.text.contains('request.field.readOnly')
assert new File(reports, 'pacts.html').text.contains('request.field.readOnly')
return true
