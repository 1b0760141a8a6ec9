namespace Viper.Bytecode.Code;

/// <summary>A tuple in a code object's constants, such as the keyword names of a call.</summary>
public sealed record ConstantTuple(object?[] Items);
