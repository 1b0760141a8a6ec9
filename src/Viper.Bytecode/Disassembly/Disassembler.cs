using System.Globalization;
using System.Numerics;
using System.Text;
using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Frontend.Ast;

namespace Viper.Bytecode.Disassembly;

/// <summary>Renders code objects as text, one instruction a line, with operands named by the instruction table.</summary>
public static class Disassembler
{
    /// <summary>The code object and every code object nested in its constants.</summary>
    public static string DisassembleAll(CodeObject code)
    {
        var text = new StringBuilder();
        var pending = new Queue<CodeObject>();
        pending.Enqueue(code);
        while (pending.Count > 0)
        {
            var next = pending.Dequeue();
            if (text.Length > 0)
            {
                text.AppendLine();
            }

            text.Append(Disassemble(next));
            foreach (var nested in next.NestedCode)
            {
                pending.Enqueue(nested);
            }
        }

        return text.ToString();
    }

    public static string Disassemble(CodeObject code)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Disassembly of <code {code.QualifiedName}, file \"{code.FileName}\", line {code.FirstLine}>:");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"  locals: {string.Join(", ", code.LocalNames)}; frame size {code.FrameSize}");
        text.AppendLine();
        var lastLine = -1;
        foreach (var pc in code.InstructionOffsets())
        {
            var line = code.LineAt(pc);
            var lineColumn = line != lastLine ? line.ToString(CultureInfo.InvariantCulture) : "";
            lastLine = line;
            text.Append(CultureInfo.InvariantCulture, $"{lineColumn,5} {pc,6} {FormatInstruction(code, pc)}");
            text.AppendLine();
        }

        if (code.ExceptionTable.Length > 0)
        {
            text.AppendLine("  exception table:");
            foreach (var entry in code.ExceptionTable)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {entry.Start} to {entry.End} -> {entry.Target} [exception in {Slot(code, entry.Slot)}]");
                text.AppendLine();
            }
        }

        return text.ToString();
    }

    public static string FormatInstruction(CodeObject code, int pc)
    {
        var info = InstructionSet.Info((Opcode)code.Instructions[pc]);
        var operands = new List<string>();
        for (var i = 0; i < info.Operands.Length; i++)
        {
            operands.Add(FormatOperand(code, info.Operands[i], code.Instructions[pc + 1 + i]));
        }

        var name = info.Name.PadRight(26);
        return operands.Count == 0 ? info.Name : $"{name}{string.Join(", ", operands)}";
    }

    private static string FormatOperand(CodeObject code, OperandKind kind, int value) => kind switch
    {
        OperandKind.In or OperandKind.Out or OperandKind.InOut or OperandKind.InRange or OperandKind.OutRange => Slot(code, value),
        OperandKind.Count => $"#{value}",
        OperandKind.Const => $"{FormatConstant(code.Constants[value])}",
        OperandKind.Name => code.Names[value],
        OperandKind.Label => $"-> {value}",
        OperandKind.Cache => $"[cache {value}]",
        OperandKind.BinaryKind => ((BinaryOperator)value).ToString(),
        OperandKind.Conversion => value == 0 ? "" : $"!{(char)value}",
        OperandKind.ImportForm => Instructions.ImportForm.Describe(value),
        OperandKind.Condition => $"'{CompareCondition.Describe(value)}'",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Slot(CodeObject code, int slot) =>
        slot < code.LocalCount ? $"{code.LocalNames[slot]}" : $"r{slot}";

    /// <summary>A float constant the way Python writes one: <c>0.0</c>, <c>-0.0</c>, <c>1.5e-07</c>, <c>inf</c>.</summary>
    private static string FormatFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
        return text.Contains('.') || text.Contains('e') ? text : text + ".0";
    }

    public static string FormatConstant(object? constant) => constant switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => $"'{s}'",
        double d => FormatFloat(d),
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        CodeObject c => $"<code {c.QualifiedName}>",
        ConstantTuple t => $"({string.Join(", ", t.Items.Select(FormatConstant))}{(t.Items.Length == 1 ? "," : "")})",
        EllipsisConstant => "Ellipsis",
        byte[] bytes => $"b<{bytes.Length} bytes>",
        _ => constant.ToString() ?? "?",
    };
}
