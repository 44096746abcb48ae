# SPDX-FileCopyrightText: 2026 Dealbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target that every Dealbench target links: language level, warnings and
# the Qt strictness macros, each with its reason.
add_library(dealbench_options INTERFACE)
target_compile_features(dealbench_options INTERFACE cxx_std_20)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(dealbench_options INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor -Wshadow)
    if(DEALBENCH_WERROR)
        target_compile_options(dealbench_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(dealbench_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
endif()
target_compile_definitions(dealbench_options INTERFACE
    # every QString from a char* must say its encoding: user data is UTF-8, CSV may not be
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    # a file path or URL typed as a string must become a QUrl on purpose
    QT_NO_URL_CAST_FROM_STRING
    # concatenations build one QString instead of temporaries (hot in report and CSV code)
    QT_USE_QSTRINGBUILDER
    # we build against 6.4: anything deprecated by then is not to be used in new code
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    DEALBENCH_VERSION="${PROJECT_VERSION}")

# Adds a folder's sources to the list that lupdate scans (see top-level CMakeLists.txt).
function(dealbench_translatable)
    foreach(src IN LISTS ARGN)
        get_filename_component(abs "${src}" ABSOLUTE)
        set_property(GLOBAL APPEND PROPERTY DEALBENCH_TRANSLATABLE_SOURCES "${abs}")
    endforeach()
endfunction()
