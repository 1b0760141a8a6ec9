using Viper.Bytecode.Code;
using Viper.Runtime.Objects;

namespace Viper.Runtime.Vm;

/// <summary>
/// How a faster tier (the CIL JIT) plugs into the VM without the VM depending on it. The VM calls
/// <see cref="OnHot"/> when a code object's call counter reaches <see cref="Threshold"/>, or its
/// back-edge counter <see cref="BackEdgeThreshold"/>; the hook may then install a
/// <see cref="CompiledCode"/> as the code object's <see cref="CodeObject.CompiledEntry"/>, which
/// later calls (and, at a loop header, the running frame) switch to.
/// </summary>
public interface ITierHook
{
    int Threshold { get; }

    int BackEdgeThreshold { get; }

    /// <param name="globals">The globals the code runs in (compiled code is specialized to them).</param>
    void OnHot(CodeObject code, PyDict globals);
}
