using Viper.Bytecode.Code;
using Viper.Bytecode.Instructions;
using Viper.Bytecode.Peephole;
using Viper.Frontend.Ast;
using Viper.Frontend.Diagnostics;
using Viper.Frontend.Scopes;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// Generates register bytecode for one scope. Locals live in fixed slots; temporaries are
/// allocated above them in stack order (the last allocated is the first released), which keeps
/// call arguments contiguous so a callee's frame window can start right on them.
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly ScopeTable _scopes;
    private readonly Scope _scope;
    private readonly string _fileName;
    private string? _docString;
    private readonly string _name;
    private readonly string _qualifiedName;
    private readonly int _firstLine;
    private readonly CompilerOptions _options;
    private readonly List<Instr> _instructions = [];

    /// <summary>Reads of locals compiled to their registers and not yet consumed by an instruction (see <see cref="TakeReads"/>).</summary>
    private readonly List<LocalRead> _pendingReads = [];
    private readonly ConstantPool _constants = new();
    private readonly List<string> _names = [];
    /// <summary>
    /// Each name's index in <see cref="_names"/>, held in an object: a dictionary with value-type
    /// values runs framework code ReadyToRun cannot precompile, JIT-compiled in every process.
    /// </summary>
    private readonly Dictionary<string, NameIndexEntry> _nameIndex = [];
    private readonly Stack<LoopLabels> _loops = new();
    private readonly string[] _localNames;
    private readonly string[] _cellNames;
    private readonly string[] _freeNames;
    private int _nextTemp;
    private int _maxSlot;
    private int _nextLabel;
    private int _cacheCount;
    private SourceSpan _span;

    public CodeGenerator(ScopeTable scopes, Scope scope, string fileName, string name, string qualifiedName, int firstLine, CompilerOptions options)
    {
        _scopes = scopes;
        _scope = scope;
        _fileName = fileName;
        _name = name;
        _qualifiedName = qualifiedName;
        _firstLine = firstLine;
        _options = options;
        _localNames = FrameNames(scope);
        _cellNames = [.. scope.CellVars];
        _freeNames = ClosureFreeNames(scope);
        _nextTemp = _localNames.Length;
        _maxSlot = _nextTemp;
    }

    private bool IsFunction => _scope.IsFunctionLike;

    /// <summary>The <c>return None</c> at the end of a body, placed on its last statement's line as CPython does.</summary>
    private void EmitImplicitReturn(IReadOnlyList<Stmt> body)
    {
        using var _ = body.Count > 0 ? At(body[^1]) : default(SpanScope?);
        Emit(Opcode.ReturnConst, Constant(null));
    }

    public CodeObject CompileModuleBody(Module module)
    {
        EmitAnnotationsSetup(module.Body);
        CompileBlock(module.Body);
        EmitImplicitReturn(module.Body);
        return Finish(argCount: 0, positionalOnly: 0, keywordOnly: 0, CodeFlags.Module | (_options.Interactive ? CodeFlags.Interactive : 0));
    }

    /// <summary>The code of <c>eval</c>: a module whose one statement is the expression, whose value it returns.</summary>
    public CodeObject CompileEvalBody(Module module)
    {
        var expression = ((ExprStmt)module.Body[0]).Value;
        using (At(expression))
        {
            Emit(Opcode.Return, CompileExpr(expression));
        }

        return Finish(argCount: 0, positionalOnly: 0, keywordOnly: 0, CodeFlags.Module);
    }

    private CodeObject Finish(int argCount, int positionalOnly, int keywordOnly, CodeFlags flags)
    {
        IReadOnlyList<Instr> instructions = _options.Optimize
            ? PeepholeOptimizer.Optimize(_instructions, _constants, _maxSlot)
            : _instructions;
        var assembled = Assembler.Assemble(instructions);
        return new CodeObject
        {
            Name = _name,
            QualifiedName = _qualifiedName,
            FileName = _fileName,
            DocString = _docString,
            FirstLine = _firstLine,
            Instructions = assembled.Code,
            Constants = _constants.ToArray(),
            Names = [.. _names],
            LocalNames = _localNames,
            CellNames = _cellNames,
            FreeNames = _freeNames,
            FrameSize = _maxSlot,
            CacheCount = _cacheCount,
            ArgCount = argCount,
            PositionalOnlyCount = positionalOnly,
            KeywordOnlyCount = keywordOnly,
            ExactArgCount = keywordOnly == 0 && (flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 ? argCount : -1,
            Flags = flags | (_scope.IsGenerator ? CodeFlags.Generator : 0) | (CallsZeroArgumentSuper ? CodeFlags.CallsSuper : 0)
                | (_scope.FreeVars.Contains(ClassCellName) ? CodeFlags.ReadsClassCell : 0),
            Lines = assembled.Lines,
            ExceptionTable = assembled.ExceptionTable,
        };
    }

    private void Emit(Opcode opcode, params int[] operands)
    {
        var instr = Instr.Create(opcode, _span, operands);
        instr.Handler = _handler;
        if (_pendingReads.Count > 0)
        {
            instr.LocalReads = TakeReads(instr);
        }

        _instructions.Add(instr);
    }

    /// <summary>
    /// The pending local reads <paramref name="instr"/> consumes: for each slot it reads, the
    /// earliest of the latest reads of it, one per operand reading the slot (so <c>x + f(x)</c>
    /// gives the inner read to the call's copy and the outer one to the add, and <c>x + x</c> the
    /// left one to the add).
    /// </summary>
    private LocalRead[]? TakeReads(Instr instr)
    {
        List<LocalRead>? taken = null;
        var kinds = instr.Info.Operands;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] is not (OperandKind.In or OperandKind.InOut))
            {
                continue;
            }

            var slot = instr.Operands[i];
            if (!instr.IsFirstReadOfSlot(i))
            {
                continue;
            }

            var uses = 0;
            for (var j = i; j < kinds.Length; j++)
            {
                uses += kinds[j] is OperandKind.In or OperandKind.InOut && instr.Operands[j] == slot ? 1 : 0;
            }

            var index = -1;
            for (var k = _pendingReads.Count - 1; k >= 0 && uses > 0; k--)
            {
                if (_pendingReads[k].Slot == slot)
                {
                    index = k;
                    uses--;
                }
            }

            if (index < 0)
            {
                continue;
            }

            (taken ??= []).Add(_pendingReads[index]);
            for (var k = _pendingReads.Count - 1; k >= index; k--)
            {
                if (_pendingReads[k].Slot == slot)
                {
                    _pendingReads.RemoveAt(k);
                }
            }
        }

        return taken is null ? null : [.. taken];
    }

    private int NewLabel() => _nextLabel++;

    private void MarkLabel(int label) => _instructions.Add(Instr.Label(label));

    private int Constant(object? value) => _constants.Add(value);

    private int NameIndex(string name)
    {
        if (_nameIndex.TryGetValue(name, out var entry))
        {
            return entry.Index;
        }

        var index = _names.Count;
        _names.Add(name);
        _nameIndex[name] = new NameIndexEntry(index);
        return index;
    }

    private sealed record NameIndexEntry(int Index);

    private int NewCache() => _cacheCount++;

    private int AllocTemp()
    {
        var slot = _nextTemp++;
        _maxSlot = Math.Max(_maxSlot, _nextTemp);
        return slot;
    }

    /// <summary>Temporaries are released in stack order: everything from <paramref name="mark"/> up.</summary>
    private void ReleaseTo(int mark) => _nextTemp = mark;

    private int TempMark => _nextTemp;

    private bool IsTemp(int slot) => slot >= _localNames.Length;

    /// <summary>Sets the span the next instructions are attributed to, and restores the previous one on dispose.</summary>
    private SpanScope At(Node node)
    {
        var previous = _span;
        _span = node.Span;
        return new SpanScope(this, previous);
    }

    private readonly struct SpanScope(CodeGenerator generator, SourceSpan previous) : IDisposable
    {
        public void Dispose() => generator._span = previous;
    }

    private static PythonSyntaxError Error(Node node, string message) =>
        new("SyntaxError", message, node.Span.Line, node.Span.Column + 1, node.Span.EndColumn + 1) { EndLine = node.Span.EndLine };

    private static PythonSyntaxError NotSupported(Node node, string what) =>
        new("SyntaxError", $"{what} is not supported by Viper yet", node.Span.Line, node.Span.Column + 1, node.Span.Column + 2);
}
