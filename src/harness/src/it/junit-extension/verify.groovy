// Runs after the build: the consumer's tests ran against the client generated in its own package.
def target = new File(basedir, 'target')
def client = new File(target, 'generated-sources/chat-contracts-client/com/acme/chat')
assert new File(client, 'zendeskchat/ApiClient.java').isFile()
assert new File(client, 'zohosalesiq/ApiClient.java').isFile()
assert new File(target, 'test-classes/com/acme/chat/AgentsContractTest.class').isFile()

// one Surefire report per top-level class; a @Nested class's tests are in it, their classname ends in $Inner
def reports = new File(target, 'surefire-reports').listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }
def suite = { String name ->
    def file = reports.find { it.name == "TEST-com.acme.chat.${name}.xml" }
    assert file != null : "no Surefire report for ${name}: ${reports*.name}"
    def text = file.text
    def head = (text =~ /<testsuite [^>]*>/)[0]
    def count = { String attribute -> ((head =~ /\s${attribute}="(\d+)"/)[0][1]) as int }
    // "Class$Nested#method" -> the testcase element, failure included
    def cases = [:]
    (text =~ /(?s)<testcase name="([^"(]+)[^"]*" classname="([^"]+)"[^>]*?(\/>|>.*?<\/testcase>)/).each { all, method, type, rest ->
        cases["${type - 'com.acme.chat.'}#${method}".toString()] = all
    }
    [tests: count('tests'), failures: count('failures'), errors: count('errors'), skipped: count('skipped'), cases: cases]
}
def passed = { Map s, String testCase -> s.cases.containsKey(testCase) && !s.cases[testCase].contains('<failure') && !s.cases[testCase].contains('<error') }
def failedWith = { Map s, String testCase, String key -> s.cases.containsKey(testCase) && s.cases[testCase].contains('<failure') && s.cases[testCase].contains(key) }

// the user guide's example (src/docs/user-guide.md), copied verbatim: every test ran and passed, the @Nested one included
def readme = suite('AgentsContractTest')
assert readme.tests >= 3 && readme.failures == 0 && readme.errors == 0 && readme.skipped == 0 : readme.subMap(['tests', 'failures', 'errors', 'skipped'])
['AgentsContractTest#listsAgents', 'AgentsContractTest#readsTheAccountWithAPlainHttpClient',
 'AgentsContractTest$RequestingAgent#showsTheRequestingAgent'].each { assert passed(readme, it) : "${it}: ${readme.cases.keySet()}" }

// both APIs' clients of this build injected; a nested class with a plain client of its own
def injection = suite('OwnClientInjectionTest')
assert injection.tests == 2 && injection.failures == 0 && injection.errors == 0 && injection.skipped == 0
assert passed(injection, 'OwnClientInjectionTest#bothGeneratedClientsAreInjectedAndRecorded')
assert passed(injection, 'OwnClientInjectionTest$Inner#aPlainClientWithSettingsOfItsOwnIsRecorded')

// the deliberately broken exchanges fail their tests with the finding key; the nested test inherits failOn = WARNING
def broken = suite('BrokenContractTest')
assert broken.tests == 2 && broken.failures == 2
assert failedWith(broken, 'BrokenContractTest#sendsAReadOnlyId', 'request.field.readOnly')
assert failedWith(broken, 'BrokenContractTest$Inner#sendsAnUndeclaredField', 'request.field.unknown')

// no credential of the embedded mock in any report
reports.each { assert !it.text.contains('mock-oauth-token') && !it.text.contains('mock-zoho-token') }
return true
