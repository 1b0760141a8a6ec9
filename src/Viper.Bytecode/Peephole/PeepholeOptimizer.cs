using Viper.Bytecode.Compiler;
using Viper.Bytecode.Instructions;

namespace Viper.Bytecode.Peephole;

/// <summary>
/// Rewrites a function's instruction list in place of the naive one the compiler emits: folds
/// constants, fuses common sequences into superinstructions, threads jumps and drops
/// unreachable code. Every rewrite keeps behaviour identical — the corpus runs with this pass on
/// and off — and only happens inside a basic block, with the dropped temporaries proven dead.
/// </summary>
internal static class PeepholeOptimizer
{
    private const int MaxFoldRounds = 8;

    public static List<Instr> Optimize(List<Instr> input, ConstantPool constants, int frameSize)
    {
        var instructions = new List<Instr>(input);
        RemoveUnusedLabels(instructions);
        RemoveUnreachable(instructions);
        // Each round folds one level of a nested constant expression; the cap keeps a pathological
        // 3000-deep chain linear, and deeper constants are simply left to run.
        for (var round = 0; round < MaxFoldRounds && RewriteOnce(instructions, constants, frameSize, FoldConstants); round++)
        {
        }

        RewriteOnce(instructions, constants, frameSize, FuseSequences);
        ThreadJumps(instructions);
        RemoveUnreachable(instructions);
        RemoveUnusedLabels(instructions);
        InvertBranchesOverJumps(instructions);
        RemoveJumpsToNext(instructions);
        return instructions;
    }

    /// <summary>
    /// Drops labels no jump targets (the compiler marks some it may not need, such as the end of a
    /// condition that turned out not to branch); they would split runs that could fuse.
    /// </summary>
    private static void RemoveUnusedLabels(List<Instr> instructions)
    {
        // Label ids are small and dense, so an array marks the targets; a HashSet<int> would be
        // framework generic code ReadyToRun cannot precompile, JIT-compiled on every start.
        var labelCount = 0;
        foreach (var instr in instructions)
        {
            labelCount = Math.Max(labelCount, instr.LabelId + 1);
        }

        var targeted = new bool[labelCount];
        foreach (var instr in instructions)
        {
            if (!instr.IsLabel && InstrEffects.LabelOperand(instr) is var operand and >= 0)
            {
                MarkTargeted(targeted, instr.Operands[operand]);
            }

            if (instr.Handler is { } handler)
            {
                MarkTargeted(targeted, handler.Label);
            }
        }

        instructions.RemoveAll(instr => instr.IsLabel && !targeted[instr.LabelId]);
    }

    /// <summary>A jump to a label that marks no position (there is none to remove) needs no mark.</summary>
    private static void MarkTargeted(bool[] targeted, int label)
    {
        if (label < targeted.Length)
        {
            targeted[label] = true;
        }
    }

    private delegate Instr? Rewrite(List<Instr> code, int at, int length, Liveness liveness, ConstantPool constants, out int consumed);

    /// <summary>Applies one kind of rewrite at every position, recomputing liveness once per round.</summary>
    private static bool RewriteOnce(List<Instr> instructions, ConstantPool constants, int frameSize, Rewrite rewrite)
    {
        var liveness = Liveness.Compute(instructions, frameSize);
        var output = new List<Instr>(instructions.Count);
        var changed = false;
        for (var i = 0; i < instructions.Count;)
        {
            var run = RunLength(instructions, i);
            var consumed = 0;
            var replacement = run > 0 ? rewrite(instructions, i, run, liveness, constants, out consumed) : null;
            if (replacement is not null)
            {
                replacement.Handler = instructions[i].Handler;
                replacement.LocalReads = Instr.MergeReads(instructions, i, consumed);
                output.Add(replacement);
                i += consumed;
                changed = true;
            }
            else
            {
                output.Add(instructions[i]);
                i++;
            }
        }

        instructions.Clear();
        instructions.AddRange(output);
        return changed;
    }

    /// <summary>
    /// How many instructions from <paramref name="at"/> form one straight run (no label, no jump
    /// before the last, one exception handler for all, so a fused instruction has a single one).
    /// </summary>
    private static int RunLength(List<Instr> instructions, int at)
    {
        var length = 0;
        for (var i = at; i < instructions.Count && length < 4; i++)
        {
            if (instructions[i].IsLabel || instructions[i].Handler != instructions[at].Handler)
            {
                break;
            }

            length++;
            if (instructions[i].Info.Flow != FlowKind.Next)
            {
                break;
            }
        }

        return length;
    }

    private static bool DeadTemp(Liveness liveness, int after, int slot, Instr producer) =>
        producer.Operands[0] == slot && !liveness.IsLiveAfter(after, slot);

    private static Instr? FoldConstants(List<Instr> code, int at, int length, Liveness liveness, ConstantPool constants, out int consumed)
    {
        consumed = 0;
        var first = code[at];
        if (first.Opcode != Opcode.LoadConst)
        {
            return null;
        }

        var t1 = first.Operands[0];
        if (length >= 2 && code[at + 1] is { Opcode: Opcode.Neg or Opcode.Pos or Opcode.Invert } unary
            && unary.Operands[1] == t1 && !liveness.IsLiveAfter(at + 1, t1) | unary.Operands[0] == t1
            && ConstantFolder.TryFoldUnary(unary.Opcode, constants[first.Operands[1]], out var unaryResult))
        {
            consumed = 2;
            return Instr.Create(Opcode.LoadConst, unary.Span, unary.Operands[0], constants.Add(unaryResult));
        }

        if (length >= 3 && code[at + 1] is { Opcode: Opcode.LoadConst } second && code[at + 2] is var op
            && op.Info.Operands is [OperandKind.Out, OperandKind.In, OperandKind.In, ..]
            && op.Operands[1] == t1 && op.Operands[2] == second.Operands[0] && t1 != second.Operands[0]
            && DeadOrOverwritten(liveness, at + 2, t1, op) && DeadOrOverwritten(liveness, at + 2, second.Operands[0], op)
            && ConstantFolder.TryFoldBinary(op.Opcode, op.Operands.Length > 3 ? op.Operands[3] : 0,
                constants[first.Operands[1]], constants[second.Operands[1]], out var binaryResult))
        {
            consumed = 3;
            return Instr.Create(Opcode.LoadConst, op.Span, op.Operands[0], constants.Add(binaryResult));
        }

        return null;
    }

    private static bool DeadOrOverwritten(Liveness liveness, int index, int slot, Instr instr) =>
        instr.Operands[0] == slot || !liveness.IsLiveAfter(index, slot);

    private static Instr? FuseSequences(List<Instr> code, int at, int length, Liveness liveness, ConstantPool constants, out int consumed)
    {
        consumed = 0;
        var first = code[at];

        // LOAD_GLOBAL t, n; LOAD_CONST k; INPLACE_ADD t, t, k; STORE_GLOBAL t, n: a module-level 'n += k'.
        if (length == 4 && first.Opcode == Opcode.LoadGlobal && code[at + 1].Opcode == Opcode.LoadConst
            && code[at + 2].Opcode == Opcode.InplaceAdd && code[at + 3].Opcode == Opcode.StoreGlobal)
        {
            var (load, constant, add, store) = (first, code[at + 1], code[at + 2], code[at + 3]);
            var t = load.Operands[0];
            var k = constant.Operands[0];
            if (add.Operands[1] == t && add.Operands[2] == k && add.Operands[0] == t && store.Operands[0] == t
                && store.Operands[1] == load.Operands[1] && k != t
                && !liveness.IsLiveAfter(at + 2, k) && !liveness.IsLiveAfter(at + 3, t))
            {
                consumed = 4;
                return Instr.Create(Opcode.InplaceAddConstGlobal, add.Span, load.Operands[1], constant.Operands[1], load.Operands[2]);
            }
        }

        // LOAD_CONST t, k; COMPARE d, a, t; JUMP_IF d: a compare against a constant that decides a branch.
        if (length >= 3 && first.Opcode == Opcode.LoadConst && code[at + 1].Opcode == Opcode.Compare
            && code[at + 2].Opcode is Opcode.JumpIfTrue or Opcode.JumpIfFalse)
        {
            var (compare, jump) = (code[at + 1], code[at + 2]);
            var t = first.Operands[0];
            var d = compare.Operands[0];
            if (compare.Operands[2] == t && compare.Operands[1] != t && jump.Operands[0] == d
                && !liveness.IsLiveAfter(at + 1, t) | d == t && !liveness.IsLiveAfter(at + 2, d))
            {
                consumed = 3;
                return Instr.Create(Opcode.CompareConstJump, compare.Span, compare.Operands[1], first.Operands[1],
                    BranchCondition(compare.Operands[3], jump.Opcode), jump.Operands[1]);
            }
        }

        // COMPARE d, a, b; JUMP_IF d
        if (length >= 2 && first.Opcode == Opcode.Compare && code[at + 1].Opcode is Opcode.JumpIfTrue or Opcode.JumpIfFalse)
        {
            var jump = code[at + 1];
            var d = first.Operands[0];
            if (jump.Operands[0] == d && !liveness.IsLiveAfter(at + 1, d))
            {
                consumed = 2;
                return Instr.Create(Opcode.CompareJump, first.Span, first.Operands[1], first.Operands[2],
                    BranchCondition(first.Operands[3], jump.Opcode), jump.Operands[1]);
            }
        }

        // LOAD_CONST t, k; RETURN t
        if (length >= 2 && first.Opcode == Opcode.LoadConst && code[at + 1] is { Opcode: Opcode.Return } ret && ret.Operands[0] == first.Operands[0])
        {
            consumed = 2;
            return Instr.Create(Opcode.ReturnConst, ret.Span, first.Operands[1]);
        }

        // LOAD_CONST t, k; SET_ITEM obj, key, t: storing a literal (flags[i] = True).
        if (length >= 2 && first.Opcode == Opcode.LoadConst && code[at + 1] is { Opcode: Opcode.SetItem } setItem)
        {
            var t = first.Operands[0];
            if (setItem.Operands[2] == t && setItem.Operands[0] != t && setItem.Operands[1] != t && !liveness.IsLiveAfter(at + 1, t))
            {
                consumed = 2;
                return Instr.Create(Opcode.SetItemValueConst, setItem.Span, setItem.Operands[0], setItem.Operands[1], first.Operands[1]);
            }
        }

        // LOAD_CONST t, k; ADD d, a, t
        if (length >= 2 && first.Opcode == Opcode.LoadConst && ConstantForm(code[at + 1].Opcode) is { } fused)
        {
            var op = code[at + 1];
            var t = first.Operands[0];
            if (op.Operands[2] == t && op.Operands[1] != t && DeadOrOverwritten(liveness, at + 1, t, op))
            {
                consumed = 2;
                return Instr.Create(fused, op.Span, op.Operands[0], op.Operands[1], first.Operands[1]);
            }
        }

        return null;
    }

    private static int BranchCondition(int condition, Opcode jump) =>
        jump == Opcode.JumpIfTrue ? condition : CompareCondition.Negate(condition);

    private static Opcode? ConstantForm(Opcode opcode) => opcode switch
    {
        Opcode.Add => Opcode.AddConst,
        Opcode.Sub => Opcode.SubConst,
        Opcode.Mul => Opcode.MulConst,
        Opcode.GetItem => Opcode.GetItemConst,
        Opcode.InplaceAdd => Opcode.InplaceAddConst,
        Opcode.InplaceSub => Opcode.InplaceSubConst,
        _ => null,
    };

    /// <summary>
    /// A jump whose target is an unconditional jump goes straight to that jump's target. An
    /// unconditional jump that ends up at a return becomes a copy of the return: <c>return a if c
    /// else b</c> and an <c>if</c> whose branches each fall out to the function's last
    /// <c>return</c> save a dispatch per call (CPython's compiler copies such exits too). The copy
    /// keeps the return's line and handler, so an unbound local it reads is reported as before.
    /// </summary>
    private static void ThreadJumps(List<Instr> instructions)
    {
        var labelIndex = new Dictionary<int, int>();
        var labelCount = 0;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i].IsLabel)
            {
                labelIndex[instructions[i].LabelId] = i;
                labelCount = Math.Max(labelCount, instructions[i].LabelId + 1);
            }
        }

        // The labels one jump's chain has passed, marked with that chain's number: an array rather
        // than a HashSet<int> per chain, whose framework code ReadyToRun cannot share (JIT-compiled
        // at every start).
        var seenInChain = new int[labelCount];
        var chain = 0;
        for (var i = 0; i < instructions.Count; i++)
        {
            var instr = instructions[i];
            var operand = instr.IsLabel ? -1 : InstrEffects.LabelOperand(instr);
            if (operand < 0)
            {
                continue;
            }

            chain++;
            while (FirstVisit(seenInChain, instr.Operands[operand], chain) && FirstInstructionAt(instructions, labelIndex[instr.Operands[operand]]) is { Opcode: Opcode.Jump } next)
            {
                instr.Operands = (int[])instr.Operands.Clone();
                instr.Operands[operand] = next.Operands[0];
            }

            if (instr.Opcode == Opcode.Jump && FirstInstructionAt(instructions, labelIndex[instr.Operands[0]]) is { Opcode: Opcode.Return or Opcode.ReturnConst } exit)
            {
                instructions[i] = exit.Copy();
            }
        }
    }

    private static bool FirstVisit(int[] seenInChain, int label, int chain)
    {
        if (seenInChain[label] == chain)
        {
            return false;
        }

        seenInChain[label] = chain;
        return true;
    }

    private static Instr? FirstInstructionAt(List<Instr> instructions, int index)
    {
        for (var i = index; i < instructions.Count; i++)
        {
            if (!instructions[i].IsLabel)
            {
                return instructions[i];
            }
        }

        return null;
    }

    /// <summary>Drops instructions after a jump or return that no label makes reachable again.</summary>
    private static void RemoveUnreachable(List<Instr> instructions)
    {
        var output = new List<Instr>(instructions.Count);
        var reachable = true;
        foreach (var instr in instructions)
        {
            if (instr.IsLabel)
            {
                reachable = true;
            }

            if (reachable)
            {
                output.Add(instr);
            }

            if (!instr.IsLabel && instr.Info.Flow is FlowKind.Jump or FlowKind.Exit)
            {
                reachable = false;
            }
        }

        instructions.Clear();
        instructions.AddRange(output);
    }

    private static void RemoveJumpsToNext(List<Instr> instructions)
    {
        for (var i = instructions.Count - 1; i >= 0; i--)
        {
            if (instructions[i] is { IsLabel: false, Opcode: Opcode.Jump } jump && LabelFollows(instructions, i + 1, jump.Operands[0]))
            {
                instructions.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// <c>JUMP_IF_FALSE x, L1; JUMP L2; L1:</c> becomes <c>JUMP_IF_TRUE x, L2; L1:</c>: the
    /// condition is negated so the branch goes where the jump went, one dispatch instead of two.
    /// </summary>
    private static void InvertBranchesOverJumps(List<Instr> instructions)
    {
        for (var i = 0; i + 1 < instructions.Count; i++)
        {
            var branch = instructions[i];
            if (branch.IsLabel || instructions[i + 1] is not { IsLabel: false, Opcode: Opcode.Jump } jump)
            {
                continue;
            }

            var target = InstrEffects.LabelOperand(branch);
            if (target < 0 || !LabelFollows(instructions, i + 2, branch.Operands[target]) || Inverted(branch) is not { } inverted)
            {
                continue;
            }

            inverted.Operands[target] = jump.Operands[0];
            inverted.Handler = branch.Handler;
            inverted.LocalReads = branch.LocalReads;
            instructions[i] = inverted;
            instructions.RemoveAt(i + 1);
        }
    }

    /// <summary>The same branch with its condition negated (a copy), or null for a branch that cannot be.</summary>
    private static Instr? Inverted(Instr branch)
    {
        var operands = (int[])branch.Operands.Clone();
        switch (branch.Opcode)
        {
            case Opcode.JumpIfTrue:
                return Instr.Create(Opcode.JumpIfFalse, branch.Span, operands);
            case Opcode.JumpIfFalse:
                return Instr.Create(Opcode.JumpIfTrue, branch.Span, operands);
            case Opcode.CompareJump or Opcode.CompareConstJump:
                operands[2] = CompareCondition.Negate(operands[2]);
                return Instr.Create(branch.Opcode, branch.Span, operands);
            default:
                return null;
        }
    }

    private static bool LabelFollows(List<Instr> instructions, int index, int label)
    {
        for (var i = index; i < instructions.Count && instructions[i].IsLabel; i++)
        {
            if (instructions[i].LabelId == label)
            {
                return true;
            }
        }

        return false;
    }
}
