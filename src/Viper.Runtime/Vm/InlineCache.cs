using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>
/// The memory of one instruction about its last lookup. For globals: the dict (<see cref="Owner"/>)
/// and its keys version, and the entry position or, for a builtin, its entry in the builtins and their
/// version. For attributes and methods: the receiver's instance layout (or type), the type's version
/// and what was found.
/// </summary>
internal struct InlineCache
{
    public object? Owner;
    public int Version;
    public int Index;
    public int SecondaryVersion;
    public int SecondaryIndex;
    public Value Value;

    /// <summary>
    /// For a global holding a Python function: the watched-bindings version at which
    /// <see cref="Value"/> was read from <see cref="Owner"/>; while it is current the global holds
    /// that function. Otherwise a version that never occurs.
    /// </summary>
    public long BindingVersion;

    /// <summary>For an attribute store that adds a name: the layout the instance moves to.</summary>
    public object? Target;

    /// <summary>For an attribute or method site that has seen several receiver layouts: the other entries it remembers.</summary>
    public PolymorphicCache? Seen;
}
