using Viper.Bytecode.Code;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;

namespace Viper.Runtime.Vm;

/// <summary>
/// The bookkeeping of one active call; its locals and temporaries live in the interpreter's value
/// stack at <see cref="Base"/>. Frame objects are pooled per depth and reused, so a call allocates
/// nothing, and a reference to one stays valid when the pool grows.
/// </summary>
internal sealed class Frame
{
    public CodeObject Code = null!;
    public CodeState State = null!;
    public PyDict Globals = null!;
    public PyFunction? Function;

    /// <summary>The namespace a class body runs in (LOAD_NAME and STORE_NAME use it); unset in every other frame.</summary>
    public PyDict? Locals;

    /// <summary>Index of slot 0 in the value stack.</summary>
    public int Base;

    /// <summary>Offset of the instruction running (or, in a caller, of the call in progress).</summary>
    public int Pc;

    /// <summary>
    /// Where the caller continues once this frame returns; the complement (negative) when the frame
    /// is an <c>__init__</c> entered by calling a class, whose call returns <see cref="InitInstance"/>.
    /// </summary>
    public int ResumePc;

    public PyInstance? InitInstance;

    /// <summary>The generator whose frame this is, while it runs; its yields save the frame there.</summary>
    public PyGenerator? Generator;

    /// <summary>
    /// For a generator frame a FOR_ITER resumed in the dispatch loop (its <see cref="ReturnSlot"/>
    /// is the loop's target): where the caller goes on when the generator returns instead of yielding.
    /// </summary>
    public int ExhaustedPc;

    /// <summary>
    /// For a generator frame a consuming builtin's call resumed in the dispatch loop (its
    /// <see cref="ReturnSlot"/> is the call's result): the builtin's consumer, which takes each
    /// yielded item in the caller's frame before the generator is resumed again.
    /// </summary>
    public ItemConsumer? Consumer;

    /// <summary>
    /// For a generator frame its outer generator's <c>yield from</c> resumed in the dispatch loop
    /// (its <see cref="ReturnSlot"/> is the yield from's result): the items it yields are the outer
    /// generator's, and its return value is the yield from's value.
    /// </summary>
    public bool Delegated;

    /// <summary>Stack index the caller wants the return value in; -1 when C# code called this frame.</summary>
    public int ReturnSlot;
}
