using Viper.Runtime.Objects;

namespace Viper.IlJit.Lowering;

/// <summary>
/// A class whose instances a CALL_METHOD site called a compiled Python method on before the caller
/// was compiled: while an instance of that <see cref="Layout"/> (which holds no attribute of the
/// method's name, and says the class) finds its class at <see cref="Version"/> (nothing in it or its
/// bases rebound since), <c>receiver.name</c> is <see cref="Function"/>.
/// </summary>
internal sealed class MethodTarget(InstanceLayout layout, int version, PyFunction function)
{
    public readonly InstanceLayout Layout = layout;
    public readonly int Version = version;
    public readonly PyFunction Function = function;
}
