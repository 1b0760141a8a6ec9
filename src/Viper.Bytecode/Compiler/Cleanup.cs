using Viper.Frontend.Ast;

namespace Viper.Bytecode.Compiler;

/// <summary>
/// What a <c>return</c>, <c>break</c> or <c>continue</c> must run on its way out of a try
/// statement, innermost first. <see cref="OuterHandler"/> is the handler in force outside it,
/// which protects the cleanup code itself.
/// </summary>
internal abstract record Cleanup(HandlerLabel? OuterHandler);

/// <summary>Leaving a <c>try</c> body with a <c>finally</c>: the finally body runs first.</summary>
internal sealed record FinallyCleanup(IReadOnlyList<Stmt> Body, int LoopDepth, HandlerLabel? OuterHandler) : Cleanup(OuterHandler);

/// <summary>Leaving an <c>except</c> (or finally-on-exception) body: the handled exception is restored and the <c>as</c> name unbound.</summary>
internal sealed record HandlerCleanup(int PreviousSlot, Name? BoundName, HandlerLabel? OuterHandler) : Cleanup(OuterHandler);

/// <summary>Leaving a <c>with</c> body: the context manager's <c>__exit__(None, None, None)</c> is called, at the statement's location.</summary>
internal sealed record WithCleanup(int ExitSlot, With Statement, HandlerLabel? OuterHandler) : Cleanup(OuterHandler);
