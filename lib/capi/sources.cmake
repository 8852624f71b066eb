list(APPEND PC_SOURCES capi/capi.cpp)
