# JSONL lines that are not JSON, or hold a number no double can (1e999, which once aborted pitchcheck):
# each named with its line, the other lines scored, exit 3.
file(WRITE ${DATA}/malformed-line.jsonl "{\"id\": \"anna\", \"text\": \"I help independent dental practices in Leeds.\"}
{\"id\": \"bob\", \"text\": \"I want paying clients
{\"id\": \"dora\", \"text\": \"I run a payroll bureau for care homes in Kent.\"}
{\"id\": 1e999, \"text\": \"I fit stairlifts in Bristol.\"}
")
set(ARGS batch --format csv malformed-line.jsonl)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: malformed-line\\.jsonl:2: not valid JSON at column [0-9]+"
                   "pitchcheck: error: malformed-line\\.jsonl:4: cannot read this JSON: number overflow parsing '1e999'"
                   "2 of 4 inputs could not be read")
set(STDOUT_MATCHES "\nanna,[0-9]+," "\ndora,[0-9]+,")
