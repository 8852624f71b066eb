# A CSV row whose quote never closes: that row is named by its line, the rows after it are still read and
# scored, exit 3.
file(WRITE ${DATA}/unterminated.csv "id,text
anna,\"I help independent dental practices in Leeds.\"
carl,\"I want paying clients, anyone really.
dora,\"I run a payroll bureau for care homes in Kent.\"
ed,I fit stairlifts in Bristol
")
set(ARGS batch --format csv unterminated.csv)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: unterminated\\.csv:3: unterminated quoted field" "1 of 4 inputs could not be read")
set(STDOUT_MATCHES "\nanna,[0-9]+," "\ndora,[0-9]+," "\ned,[0-9]+,")
set(STDOUT_NOT_MATCHES "carl")
