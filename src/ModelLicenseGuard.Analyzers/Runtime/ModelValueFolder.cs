using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ModelLicenseGuard.Analyzers.Runtime;

/// <summary>
/// Folds the value passed where a library takes a model name: constants (the compiler's own folding, across files),
/// static readonly fields and locals initialised once, interpolations and concatenations of those, mapped enum
/// members, and <c>config["Key"] ?? "fallback"</c>. Anything else is unresolved, never guessed.
/// </summary>
internal sealed class ModelValueFolder
{
    // Deep enough for a local initialised from a field initialised from a constant interpolation; bounded for speed.
    private const int MaxDepth = 8;

    private readonly CallShapeIndex _shapes;
    private readonly INamedTypeSymbol? _configuration;
    private readonly INamedTypeSymbol? _configurationBinder;
    private readonly INamedTypeSymbol? _configurationExtensions;

    public ModelValueFolder(Compilation compilation, CallShapeIndex shapes)
    {
        _shapes = shapes;
        _configuration = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        _configurationBinder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationBinder");
        _configurationExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationExtensions");
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

        if (operation.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
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

        switch (operation)
        {
            case IFieldReferenceOperation field:
                return FoldField(field, depth, cancellationToken);
            case ILocalReferenceOperation local:
                return FoldLocal(local, depth, cancellationToken);
            case ICoalesceOperation coalesce:
                return FoldCoalesce(coalesce, depth, cancellationToken);
            case IInterpolatedStringOperation interpolated:
                return FoldInterpolation(interpolated, depth, cancellationToken);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when add.Type?.SpecialType == SpecialType.System_String:
                return Concatenate(Fold(add.LeftOperand, depth + 1, cancellationToken), Fold(add.RightOperand, depth + 1, cancellationToken));
            case IDefaultValueOperation:
                return ModelValue.None;
        }

        if (ConfigurationKey(operation) is { } key)
        {
            return ModelValue.Unresolved($"it is read from configuration key '{key}' (the build reads appsettings*.json for it)", key);
        }

        return ModelValue.Unresolved("it is not a constant, a static readonly field or a local assigned once");
    }

    private ModelValue FoldEnum(IOperation operation, INamedTypeSymbol enumType)
    {
        string? member = null;
        if (operation is IFieldReferenceOperation { Field: { } field } && SymbolEqualityComparer.Default.Equals(field.ContainingType, enumType))
        {
            member = field.Name;
        }
        else if (operation.ConstantValue.HasValue)
        {
            foreach (var candidate in enumType.GetMembers())
            {
                if (candidate is IFieldSymbol { HasConstantValue: true } constant && Equals(constant.ConstantValue, operation.ConstantValue.Value))
                {
                    member = constant.Name;
                    break;
                }
            }
        }

        if (member is null)
        {
            return ModelValue.Unresolved($"it is a {enumType.Name} value that is not a constant");
        }

        return _shapes.EnumModel(enumType, member) is { } model
            ? ModelValue.Constant(model)
            : ModelValue.Unresolved($"{enumType.Name}.{member} is not mapped to a model");
    }

    private ModelValue FoldField(IFieldReferenceOperation reference, int depth, CancellationToken cancellationToken)
    {
        var field = reference.Field;
        if (!field.IsStatic || !field.IsReadOnly)
        {
            return ModelValue.Unresolved($"field '{field.Name}' is not constant or static readonly");
        }

        if (field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return ModelValue.Unresolved($"static readonly field '{field.Name}' is not initialised where it is declared");
        }

        // Another file's initializer is read only when it is a literal: binding it would need that file's semantic model.
        if (initializer is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return literal.Token.ValueText.Length == 0 ? ModelValue.None : ModelValue.Constant(literal.Token.ValueText);
        }

        return reference.SemanticModel is { } model && initializer.SyntaxTree == model.SyntaxTree
            ? Fold(model.GetOperation(initializer, cancellationToken), depth + 1, cancellationToken)
            : ModelValue.Unresolved($"static readonly field '{field.Name}' is initialised with an expression in another file");
    }

    private ModelValue FoldLocal(ILocalReferenceOperation reference, int depth, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        var model = reference.SemanticModel;
        if (model is null
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || declarator.SyntaxTree != model.SyntaxTree)
        {
            return ModelValue.Unresolved($"local '{local.Name}' is not initialised where it is declared");
        }

        if (IsWrittenAgain(declarator, local, model, cancellationToken))
        {
            return ModelValue.Unresolved($"local '{local.Name}' is assigned more than once");
        }

        return Fold(model.GetOperation(initializer, cancellationToken), depth + 1, cancellationToken);
    }

    /// <summary>Whether the local is assigned, or passed by ref or out, anywhere in the body that declares it.</summary>
    private static bool IsWrittenAgain(VariableDeclaratorSyntax declarator, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
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

        foreach (var node in body.DescendantNodes())
        {
            var target = node switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left,
                ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument => argument.Expression,
                _ => null,
            };

            // The name is compared first so that only a candidate costs a symbol look-up.
            if (target is IdentifierNameSyntax name
                && name.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>config["Key"] ?? "fallback"</c>: the fallback is a model the app uses, recorded with the key.</summary>
    private ModelValue FoldCoalesce(ICoalesceOperation coalesce, int depth, CancellationToken cancellationToken)
    {
        var key = ConfigurationKey(Unwrap(coalesce.Value));
        var fallback = Fold(coalesce.WhenNull, depth + 1, cancellationToken);
        if (fallback.Text is not null)
        {
            return ModelValue.Constant(fallback.Text, key);
        }

        return key is not null
            ? ModelValue.Unresolved($"it is read from configuration key '{key}' (the build reads appsettings*.json for it), and its fallback is not a constant", key)
            : fallback.IsNone ? Fold(coalesce.Value, depth + 1, cancellationToken) : fallback;
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
                    if (value.Text is null)
                    {
                        return value.IsNone ? ModelValue.Unresolved("an interpolated part is null") : value;
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
        if (left.UnresolvedReason is not null)
        {
            return left;
        }

        if (right.UnresolvedReason is not null)
        {
            return right;
        }

        var text = (left.Text ?? string.Empty) + (right.Text ?? string.Empty);
        return text.Length == 0 ? ModelValue.None : ModelValue.Constant(text);
    }

    /// <summary>The key of <c>config["Key"]</c>, <c>config.GetValue&lt;string&gt;("Key")</c> or <c>config.GetConnectionString("Name")</c>.</summary>
    private string? ConfigurationKey(IOperation operation)
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

    private bool IsConfiguration(INamedTypeSymbol type)
    {
        if (_configuration is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _configuration))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, _configuration))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsConfigurationHelper(INamedTypeSymbol type)
        => SymbolEqualityComparer.Default.Equals(type, _configurationBinder) || SymbolEqualityComparer.Default.Equals(type, _configurationExtensions);

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
