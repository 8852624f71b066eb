list(APPEND PC_SOURCES model/analyzer.cpp model/pipeline.cpp model/input_findings.cpp model/length.cpp)
