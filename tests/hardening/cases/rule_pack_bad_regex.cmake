# A rule pack whose regex does not compile: file:line:col of the pattern and Boost's reason, exit 4, before
# any pitch is read.
file(WRITE ${DATA}/bad-regex.toml "[[rule]]
id = \"jargon.bad\"
category = \"jargon\"
severity = \"warning\"
kind = \"regex\"
pattern = '(unclosed'
message = \"m\"
suggestion = \"s\"
examples.trigger = [\"[(unclosed]\"]
examples.clean = [\"closed\"]
")
set(ARGS --rules bad-regex.toml nul-in-text.txt)
set(EXPECT_RC 4)
set(STDERR_MATCHES "pitchcheck: error: bad-regex\\.toml:6:[0-9]+: rule 'jargon\\.bad': invalid regex")
set(STDOUT_NOT_MATCHES ".")
