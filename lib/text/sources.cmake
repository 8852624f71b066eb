list(APPEND PC_SOURCES text/utf8_decoder.cpp text/normalize.cpp text/segment.cpp text/lemma_cache.cpp
                       text/document.cpp text/language.cpp)
