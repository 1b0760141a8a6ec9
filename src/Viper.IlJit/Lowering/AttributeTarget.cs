using Viper.Runtime.Objects;

namespace Viper.IlJit.Lowering;

/// <summary>
/// A layout whose instances a polymorphic LOAD_ATTR site had read an attribute of before the code
/// was compiled: while an instance has <see cref="Layout"/> and its class is at <see cref="Version"/>,
/// the attribute is its value at <see cref="Index"/>.
/// </summary>
internal sealed class AttributeTarget(InstanceLayout layout, int version, int index)
{
    public readonly InstanceLayout Layout = layout;
    public readonly int Version = version;
    public readonly int Index = index;
}
