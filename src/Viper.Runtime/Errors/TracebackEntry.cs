using Viper.Bytecode.Code;

namespace Viper.Runtime.Errors;

/// <summary>One frame an exception unwound through: the code and the offset of the instruction running there.</summary>
public readonly record struct TracebackEntry(CodeObject Code, int Offset);
