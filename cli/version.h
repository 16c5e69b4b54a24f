#pragma once
namespace kg::cli {
inline constexpr const char* kVersion = "0.1.0";
}
