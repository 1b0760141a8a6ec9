using System.Reflection.Emit;

namespace Viper.IlJit.Emission;

/// <summary>A local variable declared through <see cref="IlEmitter"/>: its builder, its type and the name the dump shows.</summary>
public sealed record IlLocal(LocalBuilder Builder, Type Type, string Name)
{
    public int Index => Builder.LocalIndex;
}
