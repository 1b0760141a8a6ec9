using System.Numerics;
using System.Reflection.Emit;
using Viper.Bytecode.Code;
using Viper.Frontend.Ast;
using Viper.IlJit.Emission;

namespace Viper.IlJit.Lowering;

/// <summary>Arithmetic: <c>long</c> and <c>double</c> fast paths chosen from the recorded operand types, the VM's helper behind them.</summary>
internal sealed partial class FunctionLowering
{
    /// <summary>
    /// <c>dst = left op right</c>. The VM records nothing on its int fast path, so a site that saw
    /// no types or saw ints gets the <c>long</c> path (with an overflow check that falls back to
    /// the helper, which makes a big int); a site that saw floats gets the <c>double</c> path.
    /// Whatever the fast paths do not cover goes to <c>Arithmetic.Binary</c>, as in the VM.
    /// </summary>
    private void EmitBinary(int pc, BinaryOperator op, int dst, int left, RightOperand right, bool inplace)
    {
        var seen = _code.OperandTypesSeen[pc];
        var constant = right.IsConstant ? Constant(right.Index) : null;
        var unboxedOperand = IsUnboxed(left) || (!right.IsConstant && IsUnboxed(right.Index));
        var intOperand = IsInt(left) || (!right.IsConstant && IsInt(right.Index));
        var intPath = !unboxedOperand && (intOperand || seen == OperandTypes.None || seen.HasFlag(OperandTypes.Int)) && IntOperator(op) && (!right.IsConstant || constant is long);
        // A site that never ran before compilation (a loop not reached yet) records nothing, as int
        // sites do: it gets the float path too, behind the int path's checks.
        var floatPath = !intOperand && (unboxedOperand || seen.HasFlag(OperandTypes.Float) || seen == OperandTypes.None) && FloatOperator(op) && (!right.IsConstant || constant is double or long);
        var slow = _il.DefineLabel();
        var done = _il.DefineLabel();
        if (MixesIntAndFloat(op, left, right))
        {
            EmitIntFloatBinary(op, dst, left, right);
            return;
        }

        if (IsInt(dst))
        {
            // Both operands are unboxed ints here (IntSlots): what the inline path does not cover
            // (an overflow, a divisor it does not handle) leaves the specialized version.
            EmitIntBinary(op, dst, left, right, Deopt(pc), Deopt(pc), done);
            _il.MarkLabel(done);
            return;
        }

        var floatCheck = floatPath ? _il.DefineLabel() : slow;

        if (intPath)
        {
            EmitIntBinary(op, dst, left, right, floatCheck, slow, done);
        }

        if (floatPath)
        {
            if (intPath)
            {
                _il.MarkLabel(floatCheck);
            }

            EmitFloatBinary(op, dst, left, right, slow, done);

            // Unboxed floats (and float constants) need no check: + - * of floats cannot fail.
            if (IsUnboxed(left) && (right.IsConstant || IsUnboxed(right.Index)) && op != BinaryOperator.Div)
            {
                _il.MarkLabel(done);
                return;
            }
        }

        _il.MarkLabel(slow);
        SetPc(pc);
        // A division by zero, and a raise in a class's method called directly, come back as the
        // pending-raise marker, not as a .NET throw.
        var division = op is BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod;
        var objects = seen.HasFlag(OperandTypes.Other);
        if (division || objects)
        {
            _il.Ldarg(InterpreterArg);
        }

        _il.LdcI4((int)op);
        LoadChecked(left, pc);
        LoadRight(right, pc);
        _il.LdcI4(inplace ? 1 : 0);
        _il.Call(objects ? RuntimeMembers.Helper(nameof(JitRuntime.BinaryObject))
            : division ? RuntimeMembers.Helper(nameof(JitRuntime.Division))
            : RuntimeMembers.Binary);
        if (division || objects)
        {
            EmitPendingRaiseCheck();
        }

        StoreValue(dst);
        _il.MarkLabel(done);
    }

    /// <summary>
    /// Whether this is <c>+ - *</c> of an unboxed int and an unboxed float or float constant, in
    /// either order: no guard can fail, and Python's result is the float operation on the int
    /// converted to the nearest double, which is what <c>conv.r8</c> gives.
    /// </summary>
    private bool MixesIntAndFloat(BinaryOperator op, int left, RightOperand right)
    {
        if (op is not (BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult))
        {
            return false;
        }

        var rightIsFloat = right.IsConstant ? Constant(right.Index) is double : IsUnboxed(right.Index);
        var rightIsInt = !right.IsConstant && IsInt(right.Index);
        return (IsInt(left) && rightIsFloat) || (IsUnboxed(left) && rightIsInt);
    }

    private void EmitIntFloatBinary(BinaryOperator op, int dst, int left, RightOperand right)
    {
        void Load(int slot)
        {
            if (IsInt(slot))
            {
                _il.Ldloc(_ints[slot]!);
                _il.ConvR8();
            }
            else
            {
                _il.Ldloc(_floats[slot]!);
            }
        }

        Load(left);
        if (right.IsConstant)
        {
            _il.LdcR8((double)Constant(right.Index)!);
        }
        else
        {
            Load(right.Index);
        }

        _il.Arithmetic(op switch
        {
            BinaryOperator.Add => OpCodes.Add,
            BinaryOperator.Sub => OpCodes.Sub,
            _ => OpCodes.Mul,
        });
        if (_floats[dst] is { } unboxed)
        {
            _il.Stloc(unboxed);
        }
        else
        {
            _il.Call(RuntimeMembers.FromFloat);
            _il.Stloc(Boxed(dst));
        }
    }

    // Shifts take the boxed int path only: an int slot is never a shift's result (IntSlots), so an
    // overflowing left shift goes to the helper, which makes the big int, not out of the version.
    private static bool IntOperator(BinaryOperator op) => IntSlots.IsIntOperator(op) || op is BinaryOperator.LShift or BinaryOperator.RShift;

    private static bool FloatOperator(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div;

    private bool IsUnboxed(int slot) => _floats[slot] is not null;

    /// <summary>Branches to <paramref name="otherwise"/> unless the slot holds an inline value with <paramref name="tag"/> (an unboxed float always does).</summary>
    private void CheckTag(int slot, System.Reflection.FieldInfo tag, IlLabel otherwise)
    {
        if (IsUnboxed(slot) && tag == RuntimeMembers.FloatTag)
        {
            return;
        }

        if (IsInt(slot))
        {
            if (tag != RuntimeMembers.IntTag)
            {
                _il.Branch(OpCodes.Br, otherwise);
            }

            return;
        }

        _il.Ldloca(Boxed(slot));
        _il.Ldfld(RuntimeMembers.ValueRef);
        _il.Ldsfld(tag);
        _il.CompareBranch(OpCodes.Bne_Un, otherwise);
    }

    /// <summary>Loads a slot known to hold a float as a <c>double</c>.</summary>
    private void LoadDouble(int slot)
    {
        if (_floats[slot] is { } unboxed)
        {
            _il.Ldloc(unboxed);
            return;
        }

        LoadBits(slot);
        _il.Call(RuntimeMembers.BitsToDouble);
    }

    private void LoadBits(int slot)
    {
        if (IsInt(slot))
        {
            _il.Ldloc(_ints[slot]!);
            return;
        }

        _il.Ldloca(Boxed(slot));
        _il.Ldfld(RuntimeMembers.ValueBits);
    }

    /// <summary>
    /// <c>left op right</c> on 64-bit ints, branching to <paramref name="slow"/> where the result
    /// does not fit (or a division the inline path leaves to the helper: by zero, by -1), so that
    /// nothing has been written when it does. Operands are read where they are (an unboxed int, a
    /// value's payload, a constant) rather than copied, and each site gets its own result local,
    /// which keeps .NET's register allocator free to keep them all in registers.
    /// </summary>
    private void EmitIntBinary(BinaryOperator op, int dst, int left, RightOperand right, IlLabel notInts, IlLabel slow, IlLabel done)
    {
        CheckTag(left, RuntimeMembers.IntTag, notInts);
        long? constant = right.IsConstant ? (long)Constant(right.Index)! : KnownConstant(right.Index);
        if (!right.IsConstant && constant is null)
        {
            CheckTag(right.Index, RuntimeMembers.IntTag, notInts);
        }

        var leftFact = FactAbout(left);
        var rightFact = right.IsConstant ? null : FactAbout(right.Index);
        void LoadX() => LoadBits(left);
        void LoadY()
        {
            if (constant is { } value)
            {
                _il.LdcI8(value);
            }
            else
            {
                LoadBits(right.Index);
            }
        }

        var result = _il.DeclareLocal(typeof(long), "r");
        switch (op)
        {
            case BinaryOperator.Add or BinaryOperator.Sub when constant is { } c:
                {
                    // x + c overflows exactly when x is beyond a bound known now.
                    var (limit, above) = (op, c >= 0) switch
                    {
                        (BinaryOperator.Add, true) => (long.MaxValue - c, true),
                        (BinaryOperator.Add, false) => (long.MinValue - c, false),
                        (_, true) => (long.MinValue + c, false),
                        _ => (long.MaxValue + c, true),
                    };
                    LoadX();
                    _il.LdcI8(limit);
                    _il.CompareBranch(above ? OpCodes.Bgt : OpCodes.Blt, slow);
                    LoadX();
                    LoadY();
                    _il.Arithmetic(op == BinaryOperator.Add ? OpCodes.Add : OpCodes.Sub);
                    _il.Stloc(result);
                    break;
                }

            case BinaryOperator.Add or BinaryOperator.Sub when OneSidedOverflow(op, leftFact, rightFact) is { } check:
                {
                    // One operand's sign is known, so the sum can only leave the range on one side,
                    // and it has when the wrapped result moved the wrong way from the other operand.
                    LoadX();
                    LoadY();
                    _il.Arithmetic(op == BinaryOperator.Add ? OpCodes.Add : OpCodes.Sub);
                    _il.Stloc(result);
                    _il.Ldloc(result);
                    if (check.AgainstLeft)
                    {
                        LoadX();
                    }
                    else
                    {
                        LoadY();
                    }

                    _il.CompareBranch(check.Below ? OpCodes.Blt : OpCodes.Bgt, slow);
                    break;
                }

            case BinaryOperator.Add or BinaryOperator.Sub:
                // Overflow when the result's sign differs from what both operands (for +) or the
                // left and the negated right (for -) agree on.
                LoadX();
                LoadY();
                _il.Arithmetic(op == BinaryOperator.Add ? OpCodes.Add : OpCodes.Sub);
                _il.Stloc(result);
                LoadX();
                _il.Ldloc(result);
                _il.Arithmetic(OpCodes.Xor);
                if (op == BinaryOperator.Add)
                {
                    LoadY();
                    _il.Ldloc(result);
                }
                else
                {
                    LoadX();
                    LoadY();
                }

                _il.Arithmetic(OpCodes.Xor);
                _il.Arithmetic(OpCodes.And);
                _il.LdcI8(0);
                _il.CompareBranch(OpCodes.Blt, slow);
                break;
            case BinaryOperator.Mult when constant is { } c && c is not (0 or -1):
                {
                    // x * c fits exactly when x lies between the bounds (long.MaxValue and MinValue
                    // divided by c, truncated); only the bounds x is not known to respect are
                    // checked, both at once as one unsigned compare of x - low against the width.
                    var (low, high) = c > 0 ? (long.MinValue / c, long.MaxValue / c) : (long.MaxValue / c, long.MinValue / c);
                    var checkLow = leftFact is not { } below || below.Low < low;
                    var checkHigh = leftFact is not { } above || above.High > high;
                    if (checkLow && checkHigh)
                    {
                        LoadX();
                        _il.LdcI8(low);
                        _il.Arithmetic(OpCodes.Sub);
                        _il.LdcI8(unchecked(high - low));
                        _il.CompareBranch(OpCodes.Bgt_Un, slow);
                    }
                    else if (checkLow || checkHigh)
                    {
                        LoadX();
                        _il.LdcI8(checkLow ? low : high);
                        _il.CompareBranch(checkLow ? OpCodes.Blt : OpCodes.Bgt, slow);
                    }

                    LoadX();
                    LoadY();
                    _il.Arithmetic(OpCodes.Mul);
                    _il.Stloc(result);
                    if (leftFact is { } known)
                    {
                        KnowResult(dst, new StraightLineFact(dst, Math.Max(known.Low, low), Math.Min(known.High, high)).Times(c));
                    }

                    break;
                }
            case BinaryOperator.Mult:
                LoadX();
                LoadY();
                _il.Call(RuntimeMembers.Helper(nameof(JitRuntime.MultiplyFits)));
                _il.Branch(OpCodes.Brfalse, slow);
                LoadX();
                LoadY();
                _il.Arithmetic(OpCodes.Mul);
                _il.Stloc(result);
                break;
            case BinaryOperator.LShift or BinaryOperator.RShift:
                EmitShift(op, dst, constant, leftFact, LoadX, LoadY, result, slow);
                break;
            case BinaryOperator.FloorDiv or BinaryOperator.Mod when constant is { } c && c is not (0 or -1):
                EmitDivisionByConstant(op, dst, c, leftFact, LoadX, result);
                break;
            case BinaryOperator.FloorDiv or BinaryOperator.Mod:
                {
                    // Python rounds toward minus infinity: when the remainder is not zero and its
                    // sign differs from the divisor's, the quotient is one less and the modulus
                    // one divisor more. Dividing by 0 raises and long.MinValue // -1 overflows,
                    // so y in {0, -1} goes to the helper (y + 1 as unsigned is then at most 1).
                    LoadY();
                    _il.LdcI8(1);
                    _il.Arithmetic(OpCodes.Add);
                    _il.LdcI8(1);
                    _il.CompareBranch(OpCodes.Ble_Un, slow);
                    var remainder = _il.DeclareLocal(typeof(long), "rem");
                    LoadX();
                    LoadY();
                    _il.Arithmetic(OpCodes.Rem);
                    _il.Stloc(remainder);
                    if (op == BinaryOperator.FloorDiv)
                    {
                        LoadX();
                        LoadY();
                        _il.Arithmetic(OpCodes.Div);
                    }
                    else
                    {
                        _il.Ldloc(remainder);
                    }

                    _il.Stloc(result);
                    var adjusted = _il.DefineLabel();
                    _il.Ldloc(remainder);
                    _il.LdcI8(0);
                    _il.CompareBranch(OpCodes.Beq, adjusted);
                    _il.Ldloc(remainder);
                    LoadY();
                    _il.Arithmetic(OpCodes.Xor);
                    _il.LdcI8(0);
                    _il.CompareBranch(OpCodes.Bge, adjusted);
                    _il.Ldloc(result);
                    if (op == BinaryOperator.FloorDiv)
                    {
                        _il.LdcI8(1);
                        _il.Arithmetic(OpCodes.Sub);
                    }
                    else
                    {
                        LoadY();
                        _il.Arithmetic(OpCodes.Add);
                    }

                    _il.Stloc(result);
                    _il.MarkLabel(adjusted);
                    break;
                }

            default:
                LoadX();
                LoadY();
                _il.Arithmetic(op switch
                {
                    BinaryOperator.BitAnd => OpCodes.And,
                    BinaryOperator.BitOr => OpCodes.Or,
                    _ => OpCodes.Xor,
                });
                _il.Stloc(result);
                KnowResult(dst, BitwiseInterval(op, leftFact, constant is { } k ? new StraightLineFact(dst, k, k) : rightFact));

                break;
        }

        _il.Ldloc(result);
        StoreLong(dst);

        _il.Branch(OpCodes.Br, done);
    }

    /// <summary>
    /// <c>x &lt;&lt; y</c> or <c>x &gt;&gt; y</c> for a count from 0 to 63, which a 64-bit shift gives as
    /// Python does (<c>&gt;&gt;</c> is arithmetic, rounding toward minus infinity); a left shift fits
    /// exactly when shifting back gives <c>x</c>. A negative count (ValueError), a larger one and an
    /// overflow go to <paramref name="slow"/>.
    /// </summary>
    private void EmitShift(BinaryOperator op, int dst, long? constant, StraightLineFact? left, Action loadX, Action loadY, IlLocal result, IlLabel slow)
    {
        // A constant count out of range is checked like a variable one (and always fails): the
        // inline path's code must stay reachable.
        if (constant is < 0 or > 63)
        {
            constant = null;
        }

        if (constant is null)
        {
            loadY();
            _il.LdcI8(63);
            _il.CompareBranch(OpCodes.Bgt_Un, slow);
        }

        void LoadCount()
        {
            if (constant is { } count)
            {
                _il.LdcI4((int)count);
            }
            else
            {
                loadY();
                _il.ConvI4();
            }
        }

        loadX();
        LoadCount();
        _il.Shift(op == BinaryOperator.LShift ? OpCodes.Shl : OpCodes.Shr);
        _il.Stloc(result);
        if (op == BinaryOperator.LShift)
        {
            _il.Ldloc(result);
            LoadCount();
            _il.Shift(OpCodes.Shr);
            loadX();
            _il.CompareBranch(OpCodes.Bne_Un, slow);
        }
        else if (left is { NonNegative: true } known && constant is { } count)
        {
            KnowResult(dst, (0, known.High >> (int)count));
        }
    }

    /// <summary>
    /// <c>x // c</c> or <c>x % c</c> for a constant <c>c</c> other than 0 and -1, without the
    /// divisor checks. Python rounds toward minus infinity where .NET truncates: for <c>c &gt; 0</c>
    /// the quotient is one less and the modulus <c>c</c> more exactly when the remainder is negative,
    /// which <c>rem &gt;&gt; 63</c> (all ones or zero) applies without a branch; for <c>c &lt; 0</c>, when
    /// it is positive. A power of two is a shift or a mask, which already round that way; a
    /// dividend known not to be negative needs no adjustment.
    /// </summary>
    private void EmitDivisionByConstant(BinaryOperator op, int dst, long c, StraightLineFact? dividend, Action loadX, IlLocal result)
    {
        var mod = op == BinaryOperator.Mod;
        if (c > 0 && (c & (c - 1)) == 0)
        {
            loadX();
            if (mod)
            {
                _il.LdcI8(c - 1);
                _il.Arithmetic(OpCodes.And);
            }
            else
            {
                _il.LdcI4(BitOperations.Log2((ulong)c));
                _il.Shift(OpCodes.Shr);
            }

            _il.Stloc(result);
        }
        else
        {
            var remainder = _il.DeclareLocal(typeof(long), "rem");
            loadX();
            _il.LdcI8(c);
            _il.Arithmetic(OpCodes.Rem);
            _il.Stloc(remainder);
            if (mod)
            {
                _il.Ldloc(remainder);
            }
            else
            {
                loadX();
                _il.LdcI8(c);
                _il.Arithmetic(OpCodes.Div);
            }

            if (c < 0 || dividend is not { NonNegative: true })
            {
                // All ones when the rounding differs, from the remainder's sign (negated for c < 0).
                if (c > 0)
                {
                    _il.Ldloc(remainder);
                }
                else
                {
                    _il.LdcI8(0);
                    _il.Ldloc(remainder);
                    _il.Arithmetic(OpCodes.Sub);
                }

                _il.LdcI4(63);
                _il.Shift(OpCodes.Shr);
                if (mod)
                {
                    _il.LdcI8(c);
                    _il.Arithmetic(OpCodes.And);
                }

                _il.Arithmetic(OpCodes.Add);
            }

            _il.Stloc(result);
        }

        if (mod)
        {
            KnowResult(dst, c > 0 ? (0, c - 1) : (c + 1, 0));
        }
    }

    /// <summary>
    /// For <c>x + y</c> or <c>x - y</c> where one operand's sign is known: which operand the result
    /// is compared with, and whether overflow left it below (rather than above) that operand.
    /// </summary>
    private static (bool AgainstLeft, bool Below)? OneSidedOverflow(BinaryOperator op, StraightLineFact? left, StraightLineFact? right)
    {
        if (op == BinaryOperator.Add)
        {
            return right switch
            {
                { NonNegative: true } => (true, true),
                { NonPositive: true } => (true, false),
                _ => left switch
                {
                    { NonNegative: true } => (false, true),
                    { NonPositive: true } => (false, false),
                    _ => null,
                },
            };
        }

        return right switch
        {
            { NonNegative: true } => (true, false),
            { NonPositive: true } => (true, true),
            _ => null,
        };
    }

    /// <summary>
    /// Where <c>x &amp; y</c>, <c>x | y</c> or <c>x ^ y</c> lies when operands are known not to be
    /// negative: an and is at most a non-negative operand; or and xor of two such keep the sign bit clear.
    /// </summary>
    private static (long Low, long High)? BitwiseInterval(BinaryOperator op, StraightLineFact? left, StraightLineFact? right)
    {
        long? Bound(StraightLineFact? fact) => fact is { NonNegative: true } known ? known.High : null;
        var (x, y) = (Bound(left), Bound(right));
        return op switch
        {
            BinaryOperator.BitAnd when x is not null || y is not null => (0, Math.Min(x ?? long.MaxValue, y ?? long.MaxValue)),
            BinaryOperator.BitOr or BinaryOperator.BitXor when x is not null && y is not null => (0, long.MaxValue),
            _ => null,
        };
    }

    /// <summary>After a <c>LOAD_CONST</c> of an int: the next instruction may use its value.</summary>
    private void KnowConstant(int pc)
    {
        if (Constant(Operand(pc, 1)) is long value)
        {
            _fact = new StraightLineFact(Out(pc, 0), value, value);
        }
    }

    /// <summary>
    /// The interval an int result lies in, for the next instruction. Only an unboxed result
    /// counts: every way past such a site is its inline path (a failed guard leaves the version),
    /// whereas a boxed site's helper may have returned anything (a user type's <c>__mod__</c>).
    /// </summary>
    private void KnowResult(int dst, (long Low, long High)? interval)
    {
        if (interval is var (low, high) && IsInt(dst))
        {
            _fact = new StraightLineFact(dst, low, high);
        }
    }

    private long? KnownConstant(int slot) => _facts.TryGetValue(slot, out var fact) && fact.IsConstant ? fact.Low : null;

    /// <summary>What is known about an int slot here: from the straight-line code before, or that it only ever holds counting-up range items.</summary>
    private StraightLineFact? FactAbout(int slot) =>
        _facts.TryGetValue(slot, out var fact) ? fact
        : IsInt(slot) && _intSlots.NonNegative[slot] ? new StraightLineFact(slot, 0, long.MaxValue)
        : null;

    /// <summary>
    /// <c>left op right</c> as doubles. An int beside a float converts to the nearest double, as
    /// Python converts it; two ints (which an int constant and an int slot would be) are not this
    /// path's, so they go to <paramref name="slow"/> with everything that is neither.
    /// </summary>
    private void EmitFloatBinary(BinaryOperator op, int dst, int left, RightOperand right, IlLabel slow, IlLabel done)
    {
        var rightMayBeInt = right.IsConstant ? Constant(right.Index) is long : !IsUnboxed(right.Index);
        var ints = !IsUnboxed(left) && rightMayBeInt ? _il.DeclareLocal(typeof(int), "ints") : null;
        if (ints is not null)
        {
            _il.LdcI4(right.IsConstant ? 1 : 0);
            _il.Stloc(ints);
        }

        var x = FloatOperand(left, ints, slow);
        var y = right.IsConstant ? null : FloatOperand(right.Index, ints, slow);
        if (ints is not null)
        {
            _il.Ldloc(ints);
            _il.LdcI4(2);
            _il.CompareBranch(OpCodes.Bge, slow);
        }

        void LoadY()
        {
            if (y is null)
            {
                LoadFloat(right);
            }
            else
            {
                _il.Ldloc(y);
            }
        }

        if (op == BinaryOperator.Div)
        {
            // Division by zero raises in the helper.
            LoadY();
            _il.LdcR8(0);
            _il.CompareBranch(OpCodes.Beq, slow);
        }

        _il.Ldloc(x);
        LoadY();
        _il.Arithmetic(op switch
        {
            BinaryOperator.Add => OpCodes.Add,
            BinaryOperator.Sub => OpCodes.Sub,
            BinaryOperator.Mult => OpCodes.Mul,
            _ => OpCodes.Div,
        });
        if (_floats[dst] is { } unboxed)
        {
            _il.Stloc(unboxed);
        }
        else
        {
            _il.Call(RuntimeMembers.FromFloat);
            _il.Stloc(Boxed(dst));
        }

        _il.Branch(OpCodes.Br, done);
    }

    /// <summary>
    /// A float site's operand as a double: an unboxed float's own local, else a local of its own
    /// holding a boxed float's payload or a boxed int converted (counted in <paramref name="ints"/>
    /// when the other operand may be an int too); anything else branches to <paramref name="slow"/>.
    /// </summary>
    private IlLocal FloatOperand(int slot, IlLocal? ints, IlLabel slow)
    {
        if (_floats[slot] is { } unboxed)
        {
            return unboxed;
        }

        var result = _il.DeclareLocal(typeof(double), "f");
        var notFloat = _il.DefineLabel();
        var loaded = _il.DefineLabel();
        CheckTag(slot, RuntimeMembers.FloatTag, notFloat);
        LoadDouble(slot);
        _il.Stloc(result);
        _il.Branch(OpCodes.Br, loaded);
        _il.MarkLabel(notFloat);
        CheckTag(slot, RuntimeMembers.IntTag, slow);
        LoadBits(slot);
        _il.ConvR8();
        _il.Stloc(result);
        if (ints is not null)
        {
            _il.Ldloc(ints);
            _il.LdcI4(1);
            _il.Arithmetic(OpCodes.Add);
            _il.Stloc(ints);
        }

        _il.MarkLabel(loaded);
        return result;
    }

    /// <summary>Loads a float operand; an int constant (which float sites take where Python would convert it) as its nearest double.</summary>
    private void LoadFloat(RightOperand operand)
    {
        if (operand.IsConstant)
        {
            _il.LdcR8(Constant(operand.Index) is long integer ? integer : (double)Constant(operand.Index)!);
        }
        else
        {
            LoadDouble(operand.Index);
        }
    }
}
