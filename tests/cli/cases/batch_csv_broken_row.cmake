# A CSV whose fifth line opens a quote it never closes: that row is named, every other row is scored,
# and the exit status is 3.
set(ARGS batch --format csv broken.csv)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: broken\\.csv:5: unterminated quoted field" "1 of 6 inputs could not be read")
set(STDOUT_MATCHES "\nanna,[0-9]+," "\nbob,[0-9]+," "\ndora,[0-9]+," "\ned,[0-9]+," "\nfay,[0-9]+,")
set(STDOUT_NOT_MATCHES "carl")
