using NUnit.Framework;
using Viper.Bytecode.Code;
using Viper.Bytecode.Disassembly;
using Viper.Bytecode.Instructions;

namespace Viper.Tests.Bytecode;

/// <summary>
/// try statements compile to exception-table rows, not instructions: the protected code is the
/// same as without the try, every row's handler survives the peephole pass, and fused
/// instructions stay inside one handler's range.
/// </summary>
[TestFixture]
public sealed class ExceptionTableTests
{
    private const string Source =
        "def f(x):\n" +
        "    try:\n" +
        "        if x < 10:\n" +
        "            return x + 1\n" +
        "        return 0\n" +
        "    except ValueError as e:\n" +
        "        return 2\n" +
        "    finally:\n" +
        "        x = 3\n";

    private static CodeObject CompileFunction(bool optimize) => TestCompilation.CompileOnlyFunction(Source, optimize);

    [TestCase(true)]
    [TestCase(false)]
    public void HandlersStartWithTheirBookkeepingAndRowsDoNotOverlap(bool optimize)
    {
        var code = CompileFunction(optimize);
        var offsets = code.InstructionOffsets().ToHashSet();
        Assert.That(code.ExceptionTable, Is.Not.Empty);
        var previousEnd = 0;
        foreach (var entry in code.ExceptionTable)
        {
            Assert.That(offsets, Does.Contain(entry.Start));
            Assert.That(offsets.Contains(entry.End) || entry.End == code.Instructions.Length);
            Assert.That(entry.Start, Is.GreaterThanOrEqualTo(previousEnd), "rows are ordered and disjoint");
            var handler = (Opcode)code.Instructions[entry.Target];
            Assert.That(handler, Is.AnyOf(Opcode.PushExcInfo, Opcode.PopExcept, Opcode.LoadConst), $"handler at {entry.Target}");
            previousEnd = entry.End;
        }
    }

    [Test]
    public void ProtectedCodeHasNoSetupInstructionAndStillFuses()
    {
        var code = CompileFunction(optimize: true);
        var firstRow = code.ExceptionTable[0];
        Assert.Multiple(() =>
        {
            Assert.That(firstRow.Start, Is.EqualTo(0), "the try body is the function's first instruction");
            Assert.That((Opcode)code.Instructions[0], Is.EqualTo(Opcode.CompareConstJump));
        });
    }

    [Test]
    public void DisassemblyListsTheTable()
    {
        var text = Disassembler.Disassemble(CompileFunction(optimize: true));
        Assert.That(text, Does.Contain("exception table:"));
        Assert.That(text, Does.Match(@"\d+ to \d+ -> \d+ \[exception in r\d+\]"));
    }
}
