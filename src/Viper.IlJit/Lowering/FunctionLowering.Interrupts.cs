using System.Reflection.Emit;
using Viper.IlJit.Emission;

namespace Viper.IlJit.Lowering;

/// <summary>
/// Ctrl-C in compiled loops. A compiled loop counts nothing, so each loop header reads the count
/// of interrupt requests the process has pending (a static: one compare with memory and a branch
/// never taken, where the interpreter's own flag would first reload the interpreter). The
/// specialized version leaves for the generic one at the header, which carries its unboxed state
/// over; the generic version raises the KeyboardInterrupt if the request is this interpreter's
/// (tests run several at once) and otherwise goes on.
/// </summary>
internal sealed partial class FunctionLowering
{
    /// <summary>
    /// For each loop header, one more than the pc of its last back edge (0 elsewhere): the poll sits
    /// at the header, where every way around the loop passes, but raises at the back edge, where the
    /// VM and CPython do, for the traceback's line and the handler that catches it.
    /// </summary>
    private int[] _backEdgeAfter = [];

    private readonly List<InterruptStub> _interruptStubs = [];

    private void FindLastBackEdges()
    {
        _backEdgeAfter = new int[_code.Instructions.Length];
        foreach (var (header, branch) in _backEdges)
        {
            _backEdgeAfter[header] = Math.Max(_backEdgeAfter[header], branch + 1);
        }
    }

    private void EmitInterruptPoll(int pc)
    {
        if (_backEdgeAfter[pc] == 0)
        {
            return;
        }

        _il.VolatileLdsfld(RuntimeMembers.PendingInterrupts);
        if (_specialized)
        {
            _il.Branch(OpCodes.Brtrue, Deopt(pc));
            return;
        }

        var stub = _il.DefineLabel();
        var resume = _il.DefineLabel();
        _interruptStubs.Add(new InterruptStub(_backEdgeAfter[pc] - 1, stub, resume));
        _il.Branch(OpCodes.Brtrue, stub);
        _il.MarkLabel(resume);
    }

    /// <summary>After the generic version's instructions, inside its protected region: the polls' raises.</summary>
    private void EmitInterruptStubs()
    {
        foreach (var (pc, stub, resume) in _interruptStubs)
        {
            _il.MarkLabel(stub);
            _il.Ldarg(InterpreterArg);
            _il.VolatileLdfld(RuntimeMembers.InterruptRequested);
            _il.Branch(OpCodes.Brfalse, resume);
            SetPc(pc);
            _il.Ldarg(InterpreterArg);
            _il.Call(RuntimeMembers.TakeInterrupt);
            _il.Throw();
        }
    }

    /// <summary>A back edge's out-of-line interrupt check: the pc it reports, its label, and where the loop resumes.</summary>
    private sealed record InterruptStub(int Pc, IlLabel Stub, IlLabel Resume);
}
