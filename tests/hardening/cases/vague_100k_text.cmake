# The same in the text format: 100,000 diagnostics, each with its source line cut to a window around the
# phrase (the line is 2.3 MB long), then the summary.
set(ARGS vague-100k.txt)
set(ENV_VARS PC_RSS_LIMIT_MB=600)
set(EXPECT_RC 0)
set(STDOUT_MATCHES "vague-100k\\.txt:1:2299985: warning: 'paying clients' says nothing about who they are"
                   "\n\\.\\.\\. I want paying clients\\. I want paying clients\\. I want paying clients\\. I want paying clients\\. I\\.\\.\\.\n"
                   "vague-100k\\.txt: score [0-9]+/100 \\([a-z]+\\), 100[0-9][0-9][0-9] warnings")
