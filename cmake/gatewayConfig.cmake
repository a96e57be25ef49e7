# gatewayConfig.cmake - find_package(gateway CONFIG) for an installed gateway.h (header-only).
# Targets: gateway::gateway (include path only); gateway::zlib (adds -DGATEWAY_ZLIB and zlib) when
# zlib is found. Installed at <prefix>/share/cmake/gateway/, so the prefix is three levels up.
# find_package(gateway <version> CONFIG) checks the version in gatewayConfigVersion.cmake beside it.
get_filename_component(_gateway_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(NOT TARGET gateway::gateway)
  add_library(gateway::gateway INTERFACE IMPORTED)
  set_target_properties(gateway::gateway PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_gateway_prefix}/include")
endif()
if(NOT TARGET gateway::zlib)
  find_package(ZLIB QUIET)
  if(ZLIB_FOUND)
    add_library(gateway::zlib INTERFACE IMPORTED)
    set_target_properties(gateway::zlib PROPERTIES
      INTERFACE_LINK_LIBRARIES "gateway::gateway;ZLIB::ZLIB"
      INTERFACE_COMPILE_DEFINITIONS "GATEWAY_ZLIB")
  endif()
endif()
set(gateway_FOUND TRUE)
unset(_gateway_prefix)
