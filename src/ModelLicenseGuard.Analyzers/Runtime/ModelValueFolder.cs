using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>
/// Folds the value passed where a library takes a model name: constants (the compiler's own folding, across files),
/// static readonly fields and locals initialised once, interpolations and concatenations of those, mapped enum
/// members, <c>config["Key"] ?? "fallback"</c>, a parameter's default value, a property's initialiser, and paths built
/// with <c>Path.Combine</c>, <c>Path.Join</c> or <c>Path.GetFullPath</c> (a base folder known only at run time, such as
/// <c>AppContext.BaseDirectory</c>, is left out: a model path is judged by its file and folder names). Anything else is
/// unresolved, never guessed.
/// </summary>
internal sealed class ModelValueFolder
{
    // Deep enough for a local initialised from a field initialised from a constant interpolation; bounded for speed.
    private const int MaxDepth = 8;

    private const string NotFolded = "it is not a constant, a static readonly field or a local assigned once";

    // The reason given for a folder known only at run time; a path built on one keeps its other parts (FoldPath).
    private const string RunTimeFolder = "it is a folder known only at run time";

    private readonly CallShapeIndex _shapes;

    // The framework types a fold recognises are matched by name and namespace as they are met, never looked up: a look-up
    // searches every reference of the compilation, at each compilation start, whether or not any call names a model.
    private const string ConfigurationNamespace = "Microsoft.Extensions.Configuration";

    public ModelValueFolder(CallShapeIndex shapes)
    {
        _shapes = shapes;
    }

    public ModelValue Fold(IOperation operation, CancellationToken cancellationToken) => Fold(operation, 0, cancellationToken);

    private ModelValue Fold(IOperation? operation, int depth, CancellationToken cancellationToken)
    {
        if (operation is null || depth > MaxDepth)
        {
            return ModelValue.Unresolved("it is computed through too many steps to fold");
        }

        while (operation is IConversionOperation conversion && conversion.Type?.TypeKind != TypeKind.Enum)
        {
            operation = conversion.Operand;
        }

        // An enum member names its model; a local, a parameter or a field holding one is followed like a string would be
        // (var type = GgmlType.Base; … GetGgmlModelAsync(type)).
        if (operation.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && !HoldsEnumValue(operation, enumType))
        {
            return FoldEnum(operation, enumType);
        }

        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value switch
            {
                string { Length: > 0 } text => ModelValue.Constant(text),
                null or "" => ModelValue.None,
                _ => ModelValue.Unresolved("it is not a string"),
            };
        }

        // A library's static member whose value its metadata does not carry (Betalgo's Models.Gpt_4o, ImageModel.GptImage1).
        if (LibraryConstant(operation) is { } named)
        {
            return ModelValue.Constant(named);
        }

        switch (operation)
        {
            case IFieldReferenceOperation field:
                return FoldField(field, depth, cancellationToken);
            case ILocalReferenceOperation local:
                return FoldLocal(local, depth, cancellationToken);
            case ICoalesceOperation coalesce:
                return FoldDefault(coalesce.Value, coalesce.WhenNull, depth, cancellationToken);
            case IConditionalOperation { WhenFalse: not null } conditional when DefaultedValue(conditional) is var (value, fallback) && value is not null:
                return FoldDefault(value, fallback!, depth, cancellationToken);
            case IInterpolatedStringOperation interpolated:
                return FoldInterpolation(interpolated, depth, cancellationToken);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                return Concatenate(Fold(add.LeftOperand, depth + 1, cancellationToken), Fold(add.RightOperand, depth + 1, cancellationToken));
            case IDefaultValueOperation:
                return ModelValue.None;
            case IObjectCreationOperation { Constructor: { } constructor } when _shapes.Find(constructor.ContainingType, CallShape.Constructor) is not null:
                // A model object made on the spot ("CreateConversation(new ChatModel("llama3.2"))") is reported where it
                // is made: the call it is handed to names nothing more.
                return ModelValue.None;
            case IParameterReferenceOperation parameter:
                return FoldParameter(parameter, cancellationToken);
            case IPropertyReferenceOperation { Property.IsIndexer: false } property when IsRunTimeFolder(property.Property):
                return ModelValue.Unresolved(RunTimeFolder);
            case IPropertyReferenceOperation { Property.IsIndexer: false } property when ConfigurationKey(operation) is null:
                return FoldProperty(property, depth, cancellationToken);
            case IInvocationOperation invocation when IsPathCall(invocation.TargetMethod):
                return FoldPath(invocation, depth, cancellationToken);
            case IInvocationOperation { TargetMethod: { Name: "GetCurrentDirectory", ContainingType: { Name: "Directory" } type } } when type.ContainingNamespace?.ToDisplayString() == "System.IO":
                return ModelValue.Unresolved(RunTimeFolder);
        }

        if (ConfigurationKey(operation) is { } key)
        {
            return ModelValue.Unresolved($"it is read from configuration key '{key}' (the build reads appsettings*.json for it)", key);
        }

        return ModelValue.Unresolved(NotFolded);
    }

    /// <summary>
    /// The model name the table says a library's static property or field holds; null for any other operation. The table's
    /// text stands also when the library's own source is compiled with the app (its samples, in its repository), where
    /// the value is built in another file (<c>new("gpt-image-1")</c>).
    /// </summary>
    private string? LibraryConstant(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation { Property: { IsStatic: true } property } => _shapes.Constant(property.ContainingType, property.Name),
        IFieldReferenceOperation { Field: { IsStatic: true } field } => _shapes.Constant(field.ContainingType, field.Name),
        _ => null,
    };

    /// <summary>A variable holding an enum value; a constant (a member, or a const of another type) is folded as it is.</summary>
    private static bool HoldsEnumValue(IOperation operation, INamedTypeSymbol enumType)
        => !operation.ConstantValue.HasValue
            && (operation is ILocalReferenceOperation or IParameterReferenceOperation
                || (operation is IFieldReferenceOperation { Field: { } field } && !SymbolEqualityComparer.Default.Equals(field.ContainingType, enumType)));

    private ModelValue FoldEnum(IOperation operation, INamedTypeSymbol enumType)
    {
        string? member = null;
        if (operation is IFieldReferenceOperation { Field: { } field } && SymbolEqualityComparer.Default.Equals(field.ContainingType, enumType))
        {
            member = field.Name;
        }
        else if (operation.ConstantValue.HasValue && operation.ConstantValue.Value is { } number)
        {
            member = EnumMember(enumType, number);
        }

        if (member is null)
        {
            return ModelValue.Unresolved($"it is a {enumType.Name} value that is not a constant");
        }

        // An enum member is mapped to a catalog model, or (Betalgo's Models.Model) to the name the library sends for it.
        return (_shapes.EnumModel(enumType, member) ?? _shapes.Constant(enumType, member)) is { } model
            ? ModelValue.Constant(model)
            : ModelValue.Unresolved($"{enumType.Name}.{member} is not mapped to a model");
    }

    /// <summary>The name of the member of <paramref name="enumType"/> whose value is <paramref name="number"/>.</summary>
    private static string? EnumMember(INamedTypeSymbol enumType, object number)
    {
        foreach (var candidate in enumType.GetMembers())
        {
            if (candidate is IFieldSymbol { HasConstantValue: true } constant && Equals(constant.ConstantValue, number))
            {
                return constant.Name;
            }
        }

        return null;
    }

    private ModelValue FoldField(IFieldReferenceOperation reference, int depth, CancellationToken cancellationToken)
    {
        var field = reference.Field;
        if (!field.IsStatic && field.IsReadOnly && field.DeclaringSyntaxReferences.Length == 1
            && field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: null } declarator
            && FoldConstructorAssignment(field.Name, declarator, reference, depth, cancellationToken) is { } assigned)
        {
            return assigned;
        }

        // A private field left without readonly that nothing in its type writes after its initialiser
        // (static string modelId = "…";) holds that value as a readonly one would; so does a readonly instance field
        // that no constructor sets (private readonly string _model = "…";).
        if ((field.IsReadOnly ? !field.IsStatic : field.DeclaredAccessibility == Accessibility.Private) && field.DeclaringSyntaxReferences.Length == 1
            && field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initial }
            && !IsWrittenInItsType(field, cancellationToken))
        {
            return FoldInitializer(initial, reference, $"field '{field.Name}'", depth, cancellationToken);
        }

        if (!field.IsStatic || !field.IsReadOnly)
        {
            return ModelValue.Unresolved($"field '{field.Name}' is not constant or static readonly");
        }

        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return ModelValue.Unresolved($"static readonly field '{field.Name}' is not initialised where it is declared");
        }

        return FoldInitializer(initializer, reference, $"static readonly field '{field.Name}'", depth, cancellationToken);
    }

    /// <summary>
    /// A field's or property's initialiser. Another file's is read only when it is a literal: binding it would need that
    /// file's semantic model.
    /// </summary>
    private ModelValue FoldInitializer(ExpressionSyntax initializer, IOperation reference, string what, int depth, CancellationToken cancellationToken, string otherFile = "is initialised with an expression in another file")
    {
        if (initializer is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return literal.Token.ValueText.Length == 0 ? ModelValue.None : ModelValue.Constant(literal.Token.ValueText);
        }

        return reference.SemanticModel is { } model && initializer.SyntaxTree == model.SyntaxTree
            ? Fold(model.GetOperation(initializer, cancellationToken), depth + 1, cancellationToken)
            : ModelValue.Unresolved($"{what} {otherFile}");
    }

    private ModelValue FoldLocal(ILocalReferenceOperation reference, int depth, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        var model = reference.SemanticModel;
        if (model is not null && local.DeclaringSyntaxReferences.Length == 1
            && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is SingleVariableDesignationSyntax designation
            && designation.SyntaxTree == model.SyntaxTree)
        {
            return IsWrittenAgain(designation, local, model, cancellationToken)
                ? ModelValue.Unresolved($"local '{local.Name}' is assigned more than once")
                : FoldDeconstructed(designation, model, depth, cancellationToken) ?? ModelValue.Unresolved($"local '{local.Name}' is not initialised where it is declared");
        }

        if (model is null
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || declarator.SyntaxTree != model.SyntaxTree)
        {
            return ModelValue.Unresolved($"local '{local.Name}' is not initialised where it is declared");
        }

        if (IsWrittenAgain(declarator, local, model, cancellationToken))
        {
            return ValueInStraightLine(reference, declarator, initializer, local, model, cancellationToken) is { } current
                ? Fold(model.GetOperation(current, cancellationToken), depth + 1, cancellationToken)
                : ModelValue.Unresolved($"local '{local.Name}' is assigned more than once");
        }

        return Fold(model.GetOperation(initializer, cancellationToken), depth + 1, cancellationToken);
    }

    /// <summary>
    /// The value a local reused for a second model holds where it is read (<c>var model = "gemini-2.0-flash"; … model =
    /// "text-embedding-004"; …</c>), when the code says it without running: every write is a plain assignment statement in
    /// the same list of statements as the declaration, and the read is in a later statement of that list, outside any
    /// lambda or local function; the value is the last write before it. Null otherwise.
    /// </summary>
    private static ExpressionSyntax? ValueInStraightLine(IOperation reference, VariableDeclaratorSyntax declarator, ExpressionSyntax initializer, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
    {
        if (declarator.Parent?.Parent is not LocalDeclarationStatementSyntax declaration)
        {
            return null;
        }

        var statements = StatementsAround(declaration);
        if (statements is null)
        {
            return null;
        }

        var declared = statements.IndexOf(declaration);
        var read = -1;
        for (var i = declared + 1; i < statements.Count; i++)
        {
            if (statements[i].Span.Contains(reference.Syntax.Span))
            {
                read = i;
                break;
            }
        }

        if (read < 0)
        {
            return null;
        }

        for (var node = reference.Syntax.Parent; node is not null && node != statements[read]; node = node.Parent)
        {
            if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return null;
            }
        }

        // Every write must be a statement of the list of its own: a write anywhere else (in a branch, a loop, a lambda,
        // by ref) leaves the value unknown.
        ExpressionSyntax? current = initializer;
        var writes = 0;
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i] is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax target } assignment }
                && target.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(target, cancellationToken).Symbol, local))
            {
                writes++;
                if (i < read && !IsWrittenIn(assignment.Right, local, model, cancellationToken))
                {
                    current = assignment.Right;
                }
                else if (i < read)
                {
                    return null;
                }
            }
        }

        var body = declaration.Parent is GlobalStatementSyntax global ? global.Parent! : declaration.Parent!;
        return writes > 0 && CountWrites(body, local, model, cancellationToken) == writes ? current : null;
    }

    // The statements of the block, or of the top-level program, that holds the statement.
    private static System.Collections.Generic.List<StatementSyntax>? StatementsAround(StatementSyntax statement)
    {
        switch (statement.Parent)
        {
            case BlockSyntax block:
                return [.. block.Statements];
            case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit }:
                var statements = new System.Collections.Generic.List<StatementSyntax>();
                foreach (var member in unit.Members)
                {
                    if (member is GlobalStatementSyntax global)
                    {
                        statements.Add(global.Statement);
                    }
                }

                return statements;
            default:
                return null;
        }
    }

    // How many places in the body write the symbol (by its simple name, then bound: only a candidate costs a look-up).
    private static int CountWrites(SyntaxNode body, ISymbol symbol, SemanticModel model, CancellationToken cancellationToken, bool stopAtFirst = false)
    {
        var count = 0;
        foreach (var node in body.DescendantNodes())
        {
            if (WriteTarget(node) is IdentifierNameSyntax name && name.Identifier.ValueText == symbol.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, symbol))
            {
                count++;
                if (stopAtFirst)
                {
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// A local declared by deconstructing what one of the project's methods in the same file returns, when that method
    /// returns one tuple: <c>(string embedding, string chat) = GetConfiguration();</c> or <c>var (embedding, chat) = …</c>
    /// folds the tuple's element at the local's position. Null when the declaration has another shape.
    /// </summary>
    private ModelValue? FoldDeconstructed(SingleVariableDesignationSyntax designation, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        int index;
        SyntaxNode? assignment;
        switch (designation.Parent)
        {
            case DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument }:
                index = tuple.Arguments.IndexOf(argument);
                assignment = tuple.Parent is AssignmentExpressionSyntax deconstruction && deconstruction.Left == tuple ? deconstruction : null;
                break;
            case ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: AssignmentExpressionSyntax outer } declaration } variables when outer.Left == declaration:
                index = variables.Variables.IndexOf(designation);
                assignment = outer;
                break;
            default:
                return null;
        }

        if (assignment is not AssignmentExpressionSyntax { Right: InvocationExpressionSyntax call } || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            || model.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol { DeclaringSyntaxReferences.Length: 1 } method
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not { } body
            || body.SyntaxTree != model.SyntaxTree
            || SingleReturnedTuple(body) is not { } returned
            || index < 0 || index >= returned.Arguments.Count)
        {
            return null;
        }

        return Fold(model.GetOperation(returned.Arguments[index].Expression, cancellationToken), depth + 1, cancellationToken);
    }

    /// <summary>The tuple a method returns when it has exactly one return, of a tuple written out; else null.</summary>
    private static TupleExpressionSyntax? SingleReturnedTuple(SyntaxNode method)
    {
        var arrow = method switch
        {
            BaseMethodDeclarationSyntax declared => declared.ExpressionBody,
            LocalFunctionStatementSyntax local => local.ExpressionBody,
            _ => null,
        };
        if (arrow is not null)
        {
            return arrow.Expression as TupleExpressionSyntax;
        }

        TupleExpressionSyntax? returned = null;
        var returns = 0;
        foreach (var node in method.DescendantNodes(child => child == method || child is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax)))
        {
            if (node is ReturnStatementSyntax statement)
            {
                returns++;
                returned = statement.Expression as TupleExpressionSyntax;
            }
        }

        return returns == 1 ? returned : null;
    }

    /// <summary>
    /// Whether <paramref name="node"/> is in a branch the code as written never takes: the <c>else</c> of
    /// <c>if (usingOpenAI)</c> where <c>var usingOpenAI = true;</c> is never assigned again, or the other arm of a
    /// conditional on a constant. A model named there is not a model the app uses.
    /// </summary>
    public static bool IsInBranchNeverTaken(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var child = node; child.Parent is { } parent && parent is not (MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax); child = parent)
        {
            var (condition, whenTrue, whenFalse) = parent switch
            {
                IfStatementSyntax statement => (statement.Condition, (SyntaxNode)statement.Statement, (SyntaxNode?)statement.Else),
                ConditionalExpressionSyntax conditional => (conditional.Condition, conditional.WhenTrue, conditional.WhenFalse),
                _ => (null, null!, null),
            };

            if (condition is not null && (child == whenTrue || child == whenFalse) && ConstantCondition(condition, model, cancellationToken) is { } value
                && value != (child == whenTrue))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The nearest branch around <paramref name="node"/> chosen by a <c>bool</c> parameter of the project's own method that
    /// the method never assigns (<c>if (useAzureOpenAI)</c> in <c>CreateKernel(bool useAzureOpenAI)</c>), and the value of
    /// the parameter for which the branch runs; null when there is none. What the callers pass is known only at the end
    /// of the compilation.
    /// </summary>
    public static (IParameterSymbol Parameter, bool TakenWhen)? GuardingParameter(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var child = node; child.Parent is { } parent && parent is not (MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax); child = parent)
        {
            var (condition, whenTrue, whenFalse) = parent switch
            {
                IfStatementSyntax statement => (statement.Condition, (SyntaxNode)statement.Statement, (SyntaxNode?)statement.Else),
                ConditionalExpressionSyntax conditional => (conditional.Condition, conditional.WhenTrue, conditional.WhenFalse),
                _ => (null, null!, null),
            };

            if (condition is null || (child != whenTrue && child != whenFalse))
            {
                continue;
            }

            var negated = false;
            while (true)
            {
                if (condition is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not)
                {
                    negated = !negated;
                    condition = not.Operand;
                }
                else if (condition is ParenthesizedExpressionSyntax parenthesized)
                {
                    condition = parenthesized.Expression;
                }
                else
                {
                    break;
                }
            }

            if (condition is IdentifierNameSyntax
                && model.GetSymbolInfo(condition, cancellationToken).Symbol is IParameterSymbol { Type.SpecialType: SpecialType.System_Boolean, RefKind: RefKind.None } parameter
                && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor, DeclaringSyntaxReferences.Length: 1 } method
                && method.DeclaringSyntaxReferences[0].SyntaxTree == model.SyntaxTree
                && !IsWrittenIn(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), parameter, model, cancellationToken))
            {
                return (parameter, (child == whenTrue) != negated);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="node"/> is in a private static helper of a static class that nothing in the class calls or
    /// names: a provider factory the app keeps but never uses (<c>static IChatClient CreateAzureOpenAiChatClient()</c>
    /// beside the Ollama one it registers, in <c>static class MauiProgram</c>). Instance methods and local functions are
    /// left alone: in code being written, they are often not called yet. A model named there is not a model the app uses. A method with attributes (a test, a
    /// function trigger), in a partial type, or an override or explicit interface member may be called from elsewhere,
    /// and is never judged so. Syntax only: the names in the one declaration of the type are compared.
    /// </summary>
    public static bool IsInMethodNeverCalled(SyntaxNode node) => EnclosingMethod(node) is { } method && IsNeverCalled(method);

    /// <summary>The method, local function, lambda or type that <paramref name="node"/> is written in, nearest first.</summary>
    public static SyntaxNode? EnclosingMethod(SyntaxNode node)
        => node.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or TypeDeclarationSyntax);

    /// <summary>Whether <paramref name="enclosing"/> (from <see cref="EnclosingMethod"/>) is a private static helper nothing names.</summary>
    public static bool IsNeverCalled(SyntaxNode enclosing)
    {
        SyntaxToken name;
        SyntaxNode? scope;
        switch (enclosing)
        {
            case MethodDeclarationSyntax method when method.AttributeLists.Count == 0 && method.ExplicitInterfaceSpecifier is null && IsPrivate(method.Modifiers)
                && method.Modifiers.Any(SyntaxKind.StaticKeyword)
                && method.Parent is TypeDeclarationSyntax type && type.Modifiers.Any(SyntaxKind.StaticKeyword) && !type.Modifiers.Any(SyntaxKind.PartialKeyword):
                (name, scope) = (method.Identifier, type);
                break;
            default:
                return false;
        }

        if (scope is null)
        {
            return false;
        }

        foreach (var token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token != name && token.ValueText == name.ValueText)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPrivate(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers)
        {
            if (modifier.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.OverrideKeyword
                or SyntaxKind.PartialKeyword or SyntaxKind.ExternKeyword or SyntaxKind.AbstractKeyword or SyntaxKind.VirtualKeyword)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A condition's value when the code as written fixes it: a constant, or a bool local initialised with one and never assigned again.</summary>
    private static bool? ConstantCondition(ExpressionSyntax condition, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetConstantValue(condition, cancellationToken) is { HasValue: true, Value: bool constant })
        {
            return constant;
        }

        var negated = false;
        while (condition is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not)
        {
            negated = !negated;
            condition = not.Operand;
        }

        while (condition is ParenthesizedExpressionSyntax parenthesized)
        {
            condition = parenthesized.Expression;
        }

        if (condition is not IdentifierNameSyntax
            || model.GetSymbolInfo(condition, cancellationToken).Symbol is not ILocalSymbol { Type.SpecialType: SpecialType.System_Boolean } local
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || declarator.SyntaxTree != model.SyntaxTree
            || model.GetConstantValue(initializer, cancellationToken) is not { HasValue: true, Value: bool initial }
            || IsWrittenAgain(declarator, local, model, cancellationToken))
        {
            return null;
        }

        return initial != negated;
    }

    /// <summary>Whether the local is assigned, or passed by ref or out, anywhere in the body that declares it.</summary>
    private static bool IsWrittenAgain(SyntaxNode declarator, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
    {
        SyntaxNode? body = null;
        foreach (var ancestor in declarator.Ancestors())
        {
            if (ancestor is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or CompilationUnitSyntax)
            {
                body = ancestor;
                break;
            }
        }

        if (body is null)
        {
            return true;
        }

        return IsWrittenIn(body, local, model, cancellationToken);
    }

    /// <summary>Whether <paramref name="symbol"/> is assigned, or passed by ref or out, in <paramref name="body"/>.</summary>
    public static bool IsAssignedIn(SyntaxNode body, ISymbol symbol, SemanticModel model, CancellationToken cancellationToken)
        => IsWrittenIn(body, symbol, model, cancellationToken);

    /// <summary>Whether <paramref name="symbol"/> is written anywhere in <paramref name="body"/> (see <see cref="WriteTarget"/>).</summary>
    private static bool IsWrittenIn(SyntaxNode body, ISymbol symbol, SemanticModel model, CancellationToken cancellationToken)
        => CountWrites(body, symbol, model, cancellationToken, stopAtFirst: true) > 0;

    /// <summary>
    /// What <paramref name="node"/> writes, if it writes: the left side of an assignment (compound ones too), the operand of
    /// an increment or a decrement, a <c>ref</c> or <c>out</c> argument. Null for anything else.
    /// </summary>
    private static ExpressionSyntax? WriteTarget(SyntaxNode node) => node switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left,
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix => prefix.Operand,
        PostfixUnaryExpressionSyntax postfix => postfix.Operand,
        ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument => argument.Expression,
        _ => null,
    };

    /// <summary>
    /// A parameter of the project's own method or constructor, never assigned there: the model is what its callers pass
    /// (followed at the end of the compilation), or its constant default when a caller passes none
    /// (<c>GetClient(string model = DefaultModel)</c>).
    /// </summary>
    private ModelValue FoldParameter(IParameterReferenceOperation reference, CancellationToken cancellationToken)
    {
        var parameter = reference.Parameter;
        if (parameter.RefKind != RefKind.None
            || parameter.ContainingSymbol is not IMethodSymbol { DeclaringSyntaxReferences.Length: 1 } method
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.LocalFunction))
        {
            return ModelValue.Unresolved(NotFolded);
        }

        var declaration = method.DeclaringSyntaxReferences[0];
        if (reference.SemanticModel is { } model && declaration.SyntaxTree == model.SyntaxTree && IsWrittenIn(declaration.GetSyntax(cancellationToken), parameter, model, cancellationToken))
        {
            return ModelValue.Unresolved(parameter.HasExplicitDefaultValue ? $"parameter '{parameter.Name}' is assigned in the method" : NotFolded);
        }

        if (!parameter.HasExplicitDefaultValue)
        {
            var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
            return ModelValue.FromCallers(parameter, $"it is parameter '{parameter.Name}' of '{name}', whose callers name the model (listed at their calls)");
        }

        if (parameter.ExplicitDefaultValue is string { Length: > 0 } text)
        {
            return ModelValue.Default(text, parameter);
        }

        // GgmlType type = GgmlType.Base: the member the default names.
        if (parameter.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && parameter.ExplicitDefaultValue is { } number
            && EnumMember(enumType, number) is { } member && (_shapes.EnumModel(enumType, member) ?? _shapes.Constant(enumType, member)) is { } named)
        {
            return ModelValue.Default(named, parameter);
        }

        return ModelValue.FromCallers(parameter, $"parameter '{parameter.Name}' defaults to null");
    }

    /// <summary>
    /// A property declared in source with a string initialiser (<c>public string Model { get; set; } = "llama3.1";</c>),
    /// read as a fallback the way <c>config["Key"] ?? "x"</c> is: options classes bound from configuration look like this.
    /// </summary>
    private ModelValue FoldProperty(IPropertyReferenceOperation reference, int depth, CancellationToken cancellationToken)
    {
        var property = reference.Property;
        if (property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
        {
            return ModelValue.Unresolved(NotFolded);
        }

        // A property the app can set from outside its type may be written anywhere in the project: its writers are
        // looked up at the end of the compilation, and its initialiser stands only when there are none.
        var writable = property.SetMethod is { DeclaredAccessibility: not Accessibility.Private };
        if (declaration.Initializer?.Value is { } initializer)
        {
            var initial = FoldInitializer(initializer, reference, $"property '{property.Name}'", depth, cancellationToken);
            return writable ? ModelValue.FromWriters(property, initial) : initial;
        }

        // A getter over another member (public static string Default => Gpt5;), the way a settings class names its default.
        if (declaration.ExpressionBody?.Expression is { } body)
        {
            return FoldInitializer(body, reference, $"property '{property.Name}'", depth, cancellationToken, "is computed in another file");
        }

        if (declaration.AccessorList is not null && FoldConstructorAssignment(property.Name, declaration, reference, depth, cancellationToken) is { } assigned)
        {
            return assigned;
        }

        return writable && declaration.AccessorList is not null ? ModelValue.FromWriters(property, ModelValue.Unresolved(NotFolded)) : ModelValue.Unresolved(NotFolded);
    }

    /// <summary>
    /// A readonly field or an auto-property with no initialiser that its type's constructor assigns, and nothing else in the
    /// type does (<c>DeploymentName = configuration["Deployment"] ?? "gpt-4o";</c> in the constructor): that value, as an
    /// initialiser's would be. A settings class that fills an empty setting with a default, once, anywhere in the type
    /// (<c>if (string.IsNullOrEmpty(Model)) { Model = "gpt-4o"; }</c> in a <c>Validate()</c>, or <c>Model ??= "gpt-4o"</c>),
    /// holds that default the way <c>config["Model"] ?? "gpt-4o"</c> does. A value in another file than the one analysed
    /// is read only when it is a literal: binding it would need that file's semantic model. Null when it does not apply.
    /// </summary>
    private ModelValue? FoldConstructorAssignment(string name, SyntaxNode declaration, IOperation reference, int depth, CancellationToken cancellationToken)
    {
        var model = reference.SemanticModel;
        if (model is null || declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return null;
        }

        ExpressionSyntax? assigned = null;
        ExpressionSyntax? defaulted = null;
        foreach (var node in type.DescendantNodes())
        {
            if (node is not AssignmentExpressionSyntax assignment || AssignedName(assignment.Left) != name)
            {
                continue;
            }

            if (IsDefaultWhenEmpty(assignment, name))
            {
                if (defaulted is not null)
                {
                    return null;
                }

                defaulted = assignment.Right;
                continue;
            }

            // A second write, a compound one, or one outside the type's own constructors (a method, a nested type's
            // constructor): the value is not known.
            if (assigned is not null || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.FirstAncestorOrSelf<ConstructorDeclarationSyntax>()?.Parent != type)
            {
                return null;
            }

            assigned = assignment.Right;
        }

        // The constructor's value stands when it is known; the default fills it when it is not (read at run time).
        if (assigned is not null && FoldAssigned(assigned, model, depth, cancellationToken) is { } value && (value.Text is not null || defaulted is null))
        {
            return value;
        }

        return defaulted is null ? null : FoldAssigned(defaulted, model, depth, cancellationToken);
    }

    private ModelValue? FoldAssigned(ExpressionSyntax value, SemanticModel model, int depth, CancellationToken cancellationToken)
    {
        if (value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return literal.Token.ValueText.Length == 0 ? ModelValue.None : ModelValue.Constant(literal.Token.ValueText);
        }

        return value.SyntaxTree == model.SyntaxTree ? Fold(model.GetOperation(value, cancellationToken), depth + 1, cancellationToken) : null;
    }

    /// <summary>
    /// <c>Model ??= value</c>, or <c>Model = value</c> as the whole of an <c>if</c> that tests that <c>Model</c> is empty:
    /// <c>string.IsNullOrEmpty(Model)</c>, <c>string.IsNullOrWhiteSpace(Model)</c>, <c>Model == null</c>, <c>Model is null</c>.
    /// </summary>
    private static bool IsDefaultWhenEmpty(AssignmentExpressionSyntax assignment, string name)
    {
        if (assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression))
        {
            return true;
        }

        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.Parent is not ExpressionStatementSyntax statement)
        {
            return false;
        }

        var branch = statement.Parent is BlockSyntax { Statements.Count: 1 } block ? block : (SyntaxNode)statement;
        if (branch.Parent is not IfStatementSyntax { Else: null } test || test.Statement != branch)
        {
            return false;
        }

        return test.Condition switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IsNullOrEmpty" or "IsNullOrWhiteSpace" }, ArgumentList.Arguments: { Count: 1 } arguments }
                => AssignedName(arguments[0].Expression) == name,
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } } equals
                => AssignedName(equals.Left) == name,
            IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } } } pattern
                => AssignedName(pattern.Expression) == name,
            _ => false,
        };
    }

    /// <summary>
    /// Whether anything in the declarations of a private field's type (every part, nested types included) may write it:
    /// an assignment, a compound assignment, an increment or a <c>ref</c>/<c>out</c> argument spelled with its name. By
    /// name, without binding, so a write to a namesake counts too: that only leaves the value unknown.
    /// </summary>
    private static bool IsWrittenInItsType(IFieldSymbol field, CancellationToken cancellationToken)
    {
        foreach (var part in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var node in part.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (WriteTarget(node) is { } target && WrittenName(target) == field.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? WrittenName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    private static string? AssignedName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var member } => member.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// <c>Path.Combine</c>, <c>Path.Join</c> (parts joined with '/') and <c>Path.GetFullPath</c> (its argument). Leading
    /// parts known only at run time are left out, so <c>Path.Combine(AppContext.BaseDirectory, "models", "x.gguf")</c>
    /// folds to <c>models/x.gguf</c>; any later part that does not fold leaves the path unresolved.
    /// </summary>
    private ModelValue FoldPath(IInvocationOperation invocation, int depth, CancellationToken cancellationToken)
    {
        var parts = new System.Collections.Generic.List<IOperation>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "basePath")
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
            {
                parts.AddRange(elements.ElementValues);
            }
            else
            {
                parts.Add(argument.Value);
            }
        }

        var text = new StringBuilder();
        var leading = true;
        foreach (var part in parts)
        {
            var value = Fold(part, depth + 1, cancellationToken);
            if (value.Text is null)
            {
                if (leading && !value.IsNone)
                {
                    // A base folder such as AppContext.BaseDirectory or a field set at run time: the names after it decide.
                    continue;
                }

                return value.IsNone ? ModelValue.Unresolved("a part of the path is null") : value.AsPart();
            }

            leading = false;
            if (text.Length > 0 && text[text.Length - 1] is not ('/' or '\\'))
            {
                text.Append('/');
            }

            text.Append(value.Text);
        }

        return text.Length == 0 ? ModelValue.Unresolved("no part of the path is known before the app runs") : ModelValue.Constant(text.ToString());
    }

    private static bool IsPathCall(IMethodSymbol method)
        => method.Name is "Combine" or "Join" or "GetFullPath" && IsType(method.ContainingType, "Path", "System.IO");

    // AppContext.BaseDirectory, AppDomain.CurrentDomain.BaseDirectory, Environment.CurrentDirectory.
    private static bool IsRunTimeFolder(IPropertySymbol property)
        => property.Name is "BaseDirectory" or "CurrentDirectory"
            && property.ContainingType is { Name: "AppContext" or "AppDomain" or "Environment" } type
            && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>
    /// <c>config["Key"] ?? "fallback"</c> (or a conditional written to the same end): the fallback is a model the app uses,
    /// recorded with the key. A value that is
    /// itself known (an options property's initialiser in <c>profile.Model ?? options.Model ?? "gemma3"</c>) is never
    /// null, so the fallback after it is never reached.
    /// </summary>
    private ModelValue FoldDefault(IOperation value, IOperation whenNull, int depth, CancellationToken cancellationToken)
    {
        var key = ConfigurationKey(Unwrap(value));
        if (key is null)
        {
            // A value that is known is never missing; one read from configuration through a local keeps its key.
            var folded = Fold(value, depth + 1, cancellationToken);
            if (folded.Text is not null)
            {
                return folded;
            }

            key = folded.ConfigurationKey;
        }

        var fallback = Fold(whenNull, depth + 1, cancellationToken);
        if (fallback.Text is not null)
        {
            return key is null ? fallback : ModelValue.Constant(fallback.Text, key);
        }

        return key is not null
            ? ModelValue.Unresolved($"it is read from configuration key '{key}' (the build reads appsettings*.json for it), and its fallback is not a constant", key)
            : fallback.IsNone ? Fold(value, depth + 1, cancellationToken) : fallback;
    }

    /// <summary>
    /// A default written as a conditional, read as <c>value ?? fallback</c>: <c>string.IsNullOrEmpty(x) ? "gpt-4o" : x</c>,
    /// <c>string.IsNullOrWhiteSpace(x) ? … : x</c>, <c>x is null ? … : x</c>, <c>x == null ? … : x</c> and their negations
    /// with the branches swapped. (null, null) for any other conditional.
    /// </summary>
    private static (IOperation? Value, IOperation? Fallback) DefaultedValue(IConditionalOperation conditional)
    {
        var condition = conditional.Condition;
        var negated = false;
        while (condition is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
        {
            condition = not.Operand;
            negated = !negated;
        }

        IOperation? tested = null;
        switch (condition)
        {
            case IInvocationOperation { TargetMethod: { Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace", ContainingType.SpecialType: SpecialType.System_String }, Arguments.Length: 1 } check:
                tested = check.Arguments[0].Value;
                break;
            case IIsPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } } } isNull:
                tested = isNull.Value;
                break;
            case IIsPatternOperation { Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } } } } isNotNull:
                tested = isNotNull.Value;
                negated = !negated;
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                when Unwrap(comparison.RightOperand).ConstantValue is { HasValue: true, Value: null }:
                tested = comparison.LeftOperand;
                negated ^= comparison.OperatorKind == BinaryOperatorKind.NotEquals;
                break;
        }

        if (tested is null)
        {
            return (null, null);
        }

        // The branch taken when the value is missing, and the one that hands the value itself on.
        var (whenMissing, whenPresent) = negated ? (conditional.WhenFalse!, conditional.WhenTrue) : (conditional.WhenTrue, conditional.WhenFalse!);
        return Unwrap(whenPresent).Syntax is { } present && Unwrap(tested).Syntax is { } value && SyntaxFactory.AreEquivalent(present, value)
            ? (whenPresent, whenMissing)
            : (null, null);
    }

    private ModelValue FoldInterpolation(IInterpolatedStringOperation interpolated, int depth, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation { Text.ConstantValue.Value: string literal }:
                    text.Append(literal);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    var value = Fold(hole.Expression, depth + 1, cancellationToken);
                    if (value.Text is null && text.Length == 0 && value.UnresolvedReason == RunTimeFolder)
                    {
                        // $@"{AppDomain.CurrentDomain.BaseDirectory}models\phi-3.onnx": as in Path.Combine, the names
                        // after the app's own folder decide.
                        continue;
                    }

                    if (value.Text is null)
                    {
                        return value.IsNone ? ModelValue.Unresolved("an interpolated part is null") : value.AsPart();
                    }

                    text.Append(value.Text);
                    break;
                default:
                    return ModelValue.Unresolved("it is an interpolation with formatted parts");
            }
        }

        return text.Length == 0 ? ModelValue.None : ModelValue.Constant(text.ToString());
    }

    private static ModelValue Concatenate(ModelValue left, ModelValue right)
    {
        // AppContext.BaseDirectory + "models/phi-3.onnx": the names after the app's own folder decide.
        if (left.UnresolvedReason == RunTimeFolder && right.Text is { Length: > 0 })
        {
            return right;
        }

        if (left.UnresolvedReason is not null)
        {
            return left.AsPart();
        }

        if (right.UnresolvedReason is not null)
        {
            return right.AsPart();
        }

        var text = (left.Text ?? string.Empty) + (right.Text ?? string.Empty);
        return text.Length == 0 ? ModelValue.None : ModelValue.Constant(text);
    }

    /// <summary>The key of <c>config["Key"]</c>, <c>config.GetValue&lt;string&gt;("Key")</c> or <c>config.GetConnectionString("Name")</c>.</summary>
    private static string? ConfigurationKey(IOperation operation)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer when IsConfiguration(indexer.Property.ContainingType):
                return indexer.Arguments[0].Value.ConstantValue.Value as string;
            case IInvocationOperation invocation when IsConfigurationHelper(invocation.TargetMethod.ContainingType):
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name is "key" or "name" && argument.Value.ConstantValue.Value is string key)
                    {
                        return invocation.TargetMethod.Name == "GetConnectionString" ? "ConnectionStrings:" + key : key;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsConfiguration(INamedTypeSymbol type)
    {
        if (IsType(type, "IConfiguration", ConfigurationNamespace))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (IsType(implemented, "IConfiguration", ConfigurationNamespace))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConfigurationHelper(INamedTypeSymbol type)
        => IsType(type, "ConfigurationBinder", ConfigurationNamespace) || IsType(type, "ConfigurationExtensions", ConfigurationNamespace);

    /// <summary>Whether <paramref name="type"/> is the top-level type <paramref name="name"/> of namespace <paramref name="space"/> ("System.IO").</summary>
    private static bool IsType(INamedTypeSymbol? type, string name, string space)
    {
        if (type is null || type.ContainingType is not null || type.Name != name)
        {
            return false;
        }

        var end = space.Length;
        for (var current = type.ContainingNamespace; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            var start = space.LastIndexOf('.', end - 1) + 1;
            if (end - start != current.Name.Length || string.CompareOrdinal(space, start, current.Name, 0, current.Name.Length) != 0)
            {
                return false;
            }

            end = start - 1;
            if (end < 0)
            {
                return current.ContainingNamespace is { IsGlobalNamespace: true };
            }
        }

        return false;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
