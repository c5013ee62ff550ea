#pragma once

namespace coinage {

// Ideographs, kana and Hangul syllables: scripts written without spaces, where each character counts as a word.
constexpr bool isCjk(char32_t c) noexcept
{
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK Unified Ideographs
           || (c >= 0x3400 && c <= 0x4DBF)   // Extension A
           || (c >= 0x20000 && c <= 0x2EBEF) // Extensions B-F
           || (c >= 0x30000 && c <= 0x323AF) // Extensions G-H
           || (c >= 0xF900 && c <= 0xFAFF)   // Compatibility Ideographs
           || (c >= 0x3040 && c <= 0x30FF)   // Hiragana, Katakana
           || (c >= 0x31F0 && c <= 0x31FF)   // Katakana Phonetic Extensions
           || (c >= 0xAC00 && c <= 0xD7AF);  // Hangul Syllables
}

// Full-width punctuation used with CJK text (、。，：；！？「」『』（）…).
constexpr bool isCjkPunctuation(char32_t c) noexcept
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0x2026 || c == 0x2014;
}

} // namespace coinage
