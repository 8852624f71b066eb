# A JSONL line that is not JSON: named with its line and column, the other lines scored, exit 3.
file(WRITE ${DATA}/malformed-line.jsonl "{\"id\": \"anna\", \"text\": \"I help independent dental practices in Leeds.\"}
{\"id\": \"bob\", \"text\": \"I want paying clients
{\"id\": \"dora\", \"text\": \"I run a payroll bureau for care homes in Kent.\"}
")
set(ARGS batch --format csv malformed-line.jsonl)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: malformed-line\\.jsonl:2: not valid JSON at column [0-9]+" "1 of 3 inputs could not be read")
set(STDOUT_MATCHES "\nanna,[0-9]+," "\ndora,[0-9]+,")
