// pitchclarity/export.hpp — symbol visibility. The shared library hides everything not marked here.
#pragma once

#if defined(PITCHCLARITY_STATIC_DEFINE)
#define PITCHCLARITY_EXPORT
#elif defined(_WIN32)
#if defined(PITCHCLARITY_BUILDING)
#define PITCHCLARITY_EXPORT __declspec(dllexport)
#else
#define PITCHCLARITY_EXPORT __declspec(dllimport)
#endif
#else
#define PITCHCLARITY_EXPORT __attribute__((visibility("default")))
#endif
