using Viper.Bytecode.Code;

namespace Viper.Runtime.Vm;

/// <summary>
/// How a faster tier (the CIL JIT) plugs into the VM without the VM depending on it. The VM calls
/// <see cref="OnHot"/> when a code object's call or back-edge counter passes
/// <see cref="Threshold"/>; the hook may then install a compiled entry on the code object.
/// </summary>
public interface ITierHook
{
    int Threshold { get; }

    void OnHot(CodeObject code);
}
