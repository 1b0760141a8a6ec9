using NUnit.Framework;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;

namespace Viper.Tests.Bytecode;

/// <summary>
/// A with statement reuses try/finally's exception tables: fetching and calling <c>__enter__</c>
/// is outside the statement's own handler (an error there does not call <c>__exit__</c>), the
/// body is inside it, and a return leaves through <c>__exit__(None, None, None)</c>.
/// </summary>
[TestFixture]
public sealed class WithStatementTests
{
    private const string Source =
        "def f(m):\n" +
        "    with m as x:\n" +
        "        return x\n";

    private static CodeObject CompileFunction(bool optimize) => TestCompilation.CompileOnlyFunction(Source, optimize);

    private static bool Protected(CodeObject code, int offset) =>
        code.ExceptionTable.Any(entry => entry.Start <= offset && offset < entry.End);

    [TestCase(true)]
    [TestCase(false)]
    public void EnterIsUnprotectedAndTheBodyIsProtected(bool optimize)
    {
        var code = CompileFunction(optimize);
        var offsets = code.InstructionOffsets().ToList();
        var beforeWith = offsets.Single(at => (Opcode)code.Instructions[at] == Opcode.BeforeWith);
        var enterCall = offsets[offsets.IndexOf(beforeWith) + 1];
        var firstOfBody = offsets[offsets.IndexOf(enterCall) + 1];
        Assert.Multiple(() =>
        {
            Assert.That((Opcode)code.Instructions[enterCall], Is.EqualTo(Opcode.Call));
            Assert.That(Protected(code, beforeWith), Is.False);
            Assert.That(Protected(code, enterCall), Is.False);
            Assert.That(Protected(code, firstOfBody), Is.True);
            Assert.That(code.ExceptionTable.Select(entry => (Opcode)code.Instructions[entry.Target]), Is.All.AnyOf(Opcode.PushExcInfo, Opcode.PopExcept));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public void ReturnCallsExitWithThreeArgumentsFirst(bool optimize)
    {
        var code = CompileFunction(optimize);
        var offsets = code.InstructionOffsets().ToList();
        var returnAt = offsets.IndexOf(offsets.First(at => (Opcode)code.Instructions[at] == Opcode.Return));
        var callBeforeReturn = offsets.Take(returnAt).Last(at => (Opcode)code.Instructions[at] == Opcode.Call);
        Assert.Multiple(() =>
        {
            Assert.That(code.Instructions[callBeforeReturn + 3], Is.EqualTo(4), "__exit__ and its three Nones");
            Assert.That(Protected(code, callBeforeReturn), Is.False, "the exit call on the way out is outside the with's handler");
        });
    }
}
