using System.Reflection.Emit;

namespace Viper.IlJit.Emission;

/// <summary>A branch target declared through <see cref="IlEmitter"/>; <see cref="Name"/> is what the dump prints.</summary>
public sealed record IlLabel(Label Label, string Name);
