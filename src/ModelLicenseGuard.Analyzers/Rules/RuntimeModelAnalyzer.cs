using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ModelLicenseGuard.Analyzers.Runtime;
using ModelLicenseGuard.Manifest;
using ModelLicenseGuard.Policy;
using ModelLicenseGuard.Runtime;

namespace ModelLicenseGuard.Analyzers.Rules;

/// <summary>
/// Finds the models a project names when it calls an AI library (<c>new OllamaApiClient(uri, "llama3.1")</c>,
/// <c>GetChatClient("gpt-4o")</c>, <c>AddModel("chat", "llama3.1")</c>), by symbol and parameter name from the call-shape
/// table: MLG0040 lists each at its call site, MLG0041 (hidden) marks values that cannot be folded, MLG0030 a model the
/// catalog does not know, MLG0020 one the policy forbids. Claims and attributions about these models are judged at the
/// end of the compilation, once every call site is known.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuntimeModelAnalyzer : DiagnosticAnalyzer
{
    // Test doubles name models nobody ships; a model the catalog knows is still inventory there.
    private static readonly string[] TestFrameworks = ["xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        RuleDescriptors.RuntimeModelFound,
        RuleDescriptors.RuntimeModelUnresolved,
        RuleDescriptors.RuntimeModelLicenseUnknown,
        RuleDescriptors.RuntimeModelPolicyViolation,
        RuleDescriptors.OpenWeightsModelCalledOpenSource,
        RuleDescriptors.RestrictedModelCalledOpenSource,
        RuleDescriptors.ClosedModelCalledOpenSource,
        RuleDescriptors.AttributionMissing);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is skipped here, by the flag the driver hands each action, rather than by the driver at every
        // report: with GeneratedCodeAnalysisFlags.None it checks each diagnostic's location under a lock shared by all
        // analyzers, which cost about as much as the rest of this analyzer's work at every call site it reports.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            // Only libraries the compilation references are bound; with none, nothing is registered.
            var shapes = CallShapeIndex.Create(start.Compilation, CallShapeTable.Default);
            if (shapes is null)
            {
                return;
            }

            var manifestText = ManifestLoader.FindText(start.Options, start.CancellationToken);
            ModelManifest? manifest = null;
            if (manifestText is not null && start.TryGetValue(manifestText, ManifestLoader.Parser, out var parsed))
            {
                manifest = parsed;
            }

            var state = new CompilationState(shapes, new ModelValueFolder(shapes), manifest, PolicyOf(start.Options, start.CancellationToken), IsTestProject(start.Compilation));

            // Syntax, not operations: an operation action makes the compiler build the operation tree of every method
            // body in the project, whether or not any call in it can name a model. Here a call's written name is looked
            // up in the table's names first, and only a call that may match is bound (including one that does not
            // compile: being typed, or written against another version of the library).
            var kinds = ImmutableArray.CreateBuilder<SyntaxKind>();
            kinds.Add(SyntaxKind.InvocationExpression);
            if (shapes.HasConstructors)
            {
                kinds.AddRange(SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.BaseConstructorInitializer, SyntaxKind.ThisConstructorInitializer, SyntaxKind.PrimaryConstructorBaseType);
            }

            if (shapes.HasProperties)
            {
                kinds.Add(SyntaxKind.SimpleAssignmentExpression);
            }

            start.RegisterSyntaxNodeAction(state.AnalyzeNode, kinds.ToImmutable());

            start.RegisterCompilationEndAction(end =>
            {
                state.AnalyzeCallers(end);
                RuntimeClaimJudge.Judge(end, state.Sites.ToArray(), manifest);
            });
        });
    }

    /// <summary>
    /// The settings the build wrote (policy, allows, denies), so a model named in code is judged exactly as the task judges
    /// a shipped one; before any build has written them, the policy property alone, with no allows.
    /// </summary>
    private static PolicySettings PolicyOf(AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
    {
        // A few short lines, read at each compilation start rather than cached: expiry is judged on today's date.
        foreach (var file in options.AdditionalFiles)
        {
            if (string.Equals(System.IO.Path.GetFileName(file.Path), PolicyFile.FileName, StringComparison.OrdinalIgnoreCase)
                && file.GetText(cancellationToken) is { } text
                && PolicyFile.Read(text.ToString(), PolicySettings.CurrentDay) is { } written)
            {
                return written;
            }
        }

        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ModelLicensePolicy", out var policyText);

        // The task reports an unknown policy (MLG0029); nothing is enforced meanwhile.
        return PolicyEvaluator.TryParse(policyText, out var policy)
            ? new PolicySettings(string.IsNullOrWhiteSpace(policyText) ? PolicySettings.Default : policy) { IsDefault = string.IsNullOrWhiteSpace(policyText) }
            : new PolicySettings(ModelLicensePolicy.None);
    }

    private static bool IsTestProject(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (Array.IndexOf(TestFrameworks, assembly.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the analysis of one call needs: its bound operation, and where to report.</summary>
    private readonly struct Call(IOperation? operation, Action<Diagnostic> reportDiagnostic, System.Threading.CancellationToken cancellationToken)
    {
        public IOperation Operation { get; } = operation!;

        public Action<Diagnostic> ReportDiagnostic { get; } = reportDiagnostic;

        public System.Threading.CancellationToken CancellationToken { get; } = cancellationToken;
    }

    private sealed class CompilationState
    {
        private readonly CallShapeIndex _shapes;
        private readonly ModelValueFolder _folder;
        private readonly ModelManifest? _manifest;
        private readonly PolicySettings _policy;
        private readonly bool _testProject;

        // A model passed through the project's own methods is followed this many calls up, for this many parameters.
        private const int MaxCallerDepth = 2;
        private const int MaxPendingParameters = 32;

        // One classification per distinct value, not per call site.
        private readonly ConcurrentDictionary<(string Value, ModelValueKind Kind), ManifestEntry?> _models = new();

        // Parameters of the project's methods that reach a model argument: their callers are read at compilation end.
        private readonly ConcurrentQueue<PendingParameter> _pending = new();

        // Properties of the project's own types that reach a model argument: their writers are read at compilation end.
        private readonly ConcurrentQueue<PendingProperty> _pendingProperties = new();

        // Model values in a branch chosen by a bool parameter: reported at compilation end unless every caller rules it out.
        private readonly ConcurrentQueue<PendingGuard> _guarded = new();

        // A bool parameter is followed this many calls up: a flag handed on by a caller's own parameter, and once more.
        private const int MaxGuardDepth = 3;

        public CompilationState(CallShapeIndex shapes, ModelValueFolder folder, ModelManifest? manifest, PolicySettings policy, bool testProject)
        {
            _shapes = shapes;
            _folder = folder;
            _manifest = manifest;
            _policy = policy;
            _testProject = testProject;
        }

        public ConcurrentBag<RuntimeModelSite> Sites { get; } = [];

        /// <summary>A call, creation or assignment whose written name the table may list, bound and judged.</summary>
        public void AnalyzeNode(SyntaxNodeAnalysisContext context)
        {
            if (context.IsGeneratedCode && !RazorPages.IsGeneratedFromPage(context.Node.SyntaxTree))
            {
                return;
            }

            var node = context.Node;
            var name = node switch
            {
                InvocationExpressionSyntax invocation => WrittenName(invocation.Expression),
                ObjectCreationExpressionSyntax creation => RightmostName(creation.Type),
                AssignmentExpressionSyntax assignment => WrittenName(assignment.Left),

                // new(…), : base(…), : this(…): no name to go by, so bound; but with no argument no constructor shape can
                // match ("List<string> names = new();", common in today's code), and its initialiser is visited on its own.
                ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } => null,
                ConstructorInitializerSyntax { ArgumentList.Arguments.Count: 0 } => null,
                PrimaryConstructorBaseTypeSyntax { ArgumentList.Arguments.Count: 0 } => null,
                _ => string.Empty,
            };

            if (name is null || (name.Length > 0 && !_shapes.MayName(name) && !AliasNames(node.SyntaxTree, context.CancellationToken).Contains(name)))
            {
                return;
            }

            // The compiler visits a primary constructor's base call with the type and again with the constructor.
            if (node.IsKind(SyntaxKind.PrimaryConstructorBaseType) && !_primaryBaseCalls.TryAdd((node.SyntaxTree, node.SpanStart), true))
            {
                return;
            }

            var call = new Call(context.SemanticModel.GetOperation(node, context.CancellationToken), context.ReportDiagnostic, context.CancellationToken);
            switch (call.Operation)
            {
                case IInvocationOperation:
                    AnalyzeInvocation(call);
                    break;
                case IObjectCreationOperation:
                    AnalyzeCreation(call);
                    break;
                case ISimpleAssignmentOperation:
                    AnalyzeAssignment(call);
                    break;
                case IInvalidOperation:
                    AnalyzeInvalid(call);
                    break;
            }
        }

        private readonly ConcurrentDictionary<SyntaxTree, HashSet<string>> _aliasNames = new();

        private readonly ConcurrentDictionary<(SyntaxTree Tree, int Start), bool> _primaryBaseCalls = new();

        /// <summary>
        /// The names of the file's using aliases ("using Chat = OllamaSharp.OllamaApiClient;"): a call written with one is
        /// bound, as its name says nothing. Read once per file, from the usings at its top and in its namespaces; the
        /// file is the one being analyzed, so nothing else is parsed (a global alias declared in another file is not seen).
        /// </summary>
        /// <remarks>
        /// Asked for almost every call in the project: the look-up allocates nothing once the file is read (no closure), and
        /// a file without aliases, most of them, shares one empty set.
        /// </remarks>
        private HashSet<string> AliasNames(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
            => _aliasNames.TryGetValue(tree, out var names) ? names : _aliasNames.GetOrAdd(tree, ReadAliasNames(tree, cancellationToken));

        private static readonly HashSet<string> NoAliases = new(StringComparer.Ordinal);

        private static HashSet<string> ReadAliasNames(SyntaxTree tree, System.Threading.CancellationToken cancellationToken)
        {
            HashSet<string>? names = null;
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
            {
                AddAliases(unit.Usings, ref names);
                foreach (var member in unit.Members)
                {
                    if (member is BaseNamespaceDeclarationSyntax space)
                    {
                        AddAliases(space.Usings, ref names);
                    }
                }
            }

            return names ?? NoAliases;
        }

        private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, ref HashSet<string>? names)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias)
                {
                    (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(alias.Name.Identifier.ValueText);
                }
            }
        }

        // The simple name a call or member is written with: "GetChatClient" in "client.GetChatClient(…)",
        // "client?.GetChatClient(…)" and "GetChatClient<T>(…)"; null when it has none (a delegate call on an expression).
        private static string? WrittenName(ExpressionSyntax expression) => expression switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>
        /// The models the project's calls pass to its own methods that hand them to a library: each reported at the
        /// caller's argument, in rounds (a caller's own parameter is followed once more).
        /// </summary>
        public void AnalyzeCallers(CompilationAnalysisContext end)
        {
            AnalyzeGuarded(end);
            var followed = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            var written = new Dictionary<IPropertySymbol, bool>(SymbolEqualityComparer.Default);
            while (!_pending.IsEmpty || !_pendingProperties.IsEmpty)
            {
                var round = new Dictionary<IParameterSymbol, PendingParameter>(SymbolEqualityComparer.Default);
                while (_pending.TryDequeue(out var pending))
                {
                    if (followed.Add(pending.Parameter))
                    {
                        round[pending.Parameter] = pending;
                    }
                }

                if (round.Count > 0)
                {
                    foreach (var callers in CallerArguments.Find(end.Compilation, round.Keys, end.CancellationToken))
                    {
                        var pending = round[callers.Key];
                        foreach (var argument in callers.Value)
                        {
                            Analyze(end.ReportDiagnostic, argument, pending.Shape, pending.Kind, pending.Depth + 1, end.CancellationToken);
                        }
                    }
                }

                AnalyzeWriters(end, written);
            }
        }

        /// <summary>
        /// Each property read at a model argument: the values the project writes into it, each reported where it is written,
        /// once per property; when nothing writes it, its initialiser (or why nothing is known) at each place it is read.
        /// </summary>
        private void AnalyzeWriters(CompilationAnalysisContext end, Dictionary<IPropertySymbol, bool> written)
        {
            var reads = new List<PendingProperty>();
            while (_pendingProperties.TryDequeue(out var pending))
            {
                reads.Add(pending);
            }

            if (reads.Count == 0)
            {
                return;
            }

            var unknown = new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default);
            foreach (var read in reads)
            {
                if (!written.ContainsKey(read.Property))
                {
                    unknown.Add(read.Property);
                }
            }

            var writers = unknown.Count == 0 ? [] : PropertyWriters.Find(end.Compilation, unknown, end.CancellationToken);
            var initializerDone = new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default);
            foreach (var read in reads)
            {
                if (writers.TryGetValue(read.Property, out var values))
                {
                    written[read.Property] = values.Count > 0;
                    if (values.Count > 0)
                    {
                        foreach (var value in values)
                        {
                            Analyze(end.ReportDiagnostic, value, read.Shape, read.Kind, read.Depth + 1, end.CancellationToken);
                        }

                        // Reported once, at the first read: the next reads of the same property find it in `written`.
                        writers.Remove(read.Property);
                        continue;
                    }
                }

                if (!written[read.Property])
                {
                    // An initialiser in another file than the read (Model { get; set; } = AvailableModels.Default) could not
                    // be folded where the property was read; now, once per property, it is folded in its own file.
                    if (read.Value.Text is null && InitializerInAnotherFile(read, end) is { } initializer)
                    {
                        if (initializerDone.Add(read.Property))
                        {
                            Analyze(end.ReportDiagnostic, initializer, read.Shape, read.Kind, read.Depth + 1, end.CancellationToken);
                        }

                        continue;
                    }

                    Report(end.ReportDiagnostic, read.Value.WithoutWriters(), read.Location, read.Shape, read.Kind);
                }
            }
        }

        /// <summary>The initialiser of the property read, when it is written in another file than the read; else null.</summary>
        private static IOperation? InitializerInAnotherFile(PendingProperty read, CompilationAnalysisContext end)
        {
            if (read.Property.DeclaringSyntaxReferences.Length != 1
                || read.Property.DeclaringSyntaxReferences[0].GetSyntax(end.CancellationToken) is not PropertyDeclarationSyntax { Initializer.Value: { } initializer }
                || initializer.SyntaxTree == read.Location.SourceTree
                || initializer is LiteralExpressionSyntax
                || !end.Compilation.ContainsSyntaxTree(initializer.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // Once per property, at the end of the compilation, for a file the read could not bind.
            return end.Compilation.GetSemanticModel(initializer.SyntaxTree).GetOperation(initializer, end.CancellationToken);
#pragma warning restore RS1030
        }

        /// <summary>
        /// Each model value in a branch chosen by a bool parameter: dropped when every call of the method, followed through
        /// the callers' own bool parameters, passes a constant that rules the branch out; reported as any other otherwise
        /// (a method nothing in the project calls may be called from outside it).
        /// </summary>
        private void AnalyzeGuarded(CompilationAnalysisContext end)
        {
            var guarded = new List<PendingGuard>();
            while (_guarded.TryDequeue(out var pending))
            {
                guarded.Add(pending);
            }

            if (guarded.Count == 0)
            {
                return;
            }

            // The values each parameter can take: true, false, or unknown (null); parameters met on the way are followed
            // in rounds.
            var values = new Dictionary<IParameterSymbol, HashSet<bool?>>(SymbolEqualityComparer.Default);
            var handedOn = new Dictionary<IParameterSymbol, List<IParameterSymbol>>(SymbolEqualityComparer.Default);
            var round = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            foreach (var pending in guarded)
            {
                round.Add(pending.Parameter);
            }

            for (var depth = 0; round.Count > 0 && depth < MaxGuardDepth; depth++)
            {
                var next = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
                var callers = CallerArguments.Find(end.Compilation, round, end.CancellationToken);
                foreach (var parameter in round)
                {
                    var seen = values[parameter] = [];
                    if (!callers.TryGetValue(parameter, out var arguments) || arguments.Count == 0)
                    {
                        seen.Add(null);
                        continue;
                    }

                    foreach (var argument in arguments)
                    {
                        var value = argument;
                        while (value is IConversionOperation { IsImplicit: true } conversion)
                        {
                            value = conversion.Operand;
                        }

                        if (value.ConstantValue is { HasValue: true, Value: bool constant })
                        {
                            seen.Add(constant);
                        }
                        else if (value is IParameterReferenceOperation { Parameter: { Type.SpecialType: SpecialType.System_Boolean, RefKind: RefKind.None } outer }
                            && value.SemanticModel is { } model && IsFlag(outer, model, end.CancellationToken))
                        {
                            (handedOn.TryGetValue(parameter, out var list) ? list : handedOn[parameter] = []).Add(outer);
                            if (!values.ContainsKey(outer))
                            {
                                next.Add(outer);
                            }
                        }
                        else
                        {
                            seen.Add(null);
                        }
                    }
                }

                round = next;
            }

            foreach (var pending in guarded)
            {
                var possible = Possible(pending.Parameter, values, handedOn, new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default));
                if (possible.Contains(null) || possible.Contains(pending.TakenWhen))
                {
                    Analyze(end.ReportDiagnostic, pending.Value, pending.Shape, pending.Kind, pending.Depth, end.CancellationToken, guardResolved: true);
                }
            }
        }

        // A parameter of the project's own method that the method never assigns: what its callers pass is what it holds.
        private static bool IsFlag(IParameterSymbol parameter, SemanticModel model, System.Threading.CancellationToken cancellationToken)
            => parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor, DeclaringSyntaxReferences.Length: 1 } method
                && method.DeclaringSyntaxReferences[0].SyntaxTree == model.SyntaxTree
                && !ModelValueFolder.IsAssignedIn(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), parameter, model, cancellationToken);

        private static HashSet<bool?> Possible(IParameterSymbol parameter, Dictionary<IParameterSymbol, HashSet<bool?>> values, Dictionary<IParameterSymbol, List<IParameterSymbol>> handedOn, HashSet<IParameterSymbol> visiting)
        {
            var possible = new HashSet<bool?>();
            if (!visiting.Add(parameter) || !values.TryGetValue(parameter, out var own))
            {
                possible.Add(null);
                return possible;
            }

            possible.UnionWith(own);
            if (handedOn.TryGetValue(parameter, out var outers))
            {
                foreach (var outer in outers)
                {
                    possible.UnionWith(Possible(outer, values, handedOn, visiting));
                }
            }

            // Only a parameter on the way here is a cycle; one handed on by several calls is followed each time.
            visiting.Remove(parameter);
            return possible;
        }

        private sealed class PendingGuard(IOperation value, CallShape shape, ModelValueKind kind, int depth, IParameterSymbol parameter, bool takenWhen)
        {
            public IOperation Value { get; } = value;

            public CallShape Shape { get; } = shape;

            public ModelValueKind Kind { get; } = kind;

            public int Depth { get; } = depth;

            public IParameterSymbol Parameter { get; } = parameter;

            public bool TakenWhen { get; } = takenWhen;
        }

        private sealed class PendingProperty(IPropertySymbol property, ModelValue value, Location location, CallShape shape, ModelValueKind kind, int depth)
        {
            public IPropertySymbol Property { get; } = property;

            public ModelValue Value { get; } = value;

            public Location Location { get; } = location;

            public CallShape Shape { get; } = shape;

            public ModelValueKind Kind { get; } = kind;

            public int Depth { get; } = depth;
        }

        private sealed class PendingParameter(IParameterSymbol parameter, CallShape shape, ModelValueKind kind, int depth)
        {
            public IParameterSymbol Parameter { get; } = parameter;

            public CallShape Shape { get; } = shape;

            public ModelValueKind Kind { get; } = kind;

            public int Depth { get; } = depth;
        }

        private void AnalyzeInvocation(Call context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
            var member = method.MethodKind == MethodKind.Constructor ? CallShape.Constructor : method.Name;
            if (_shapes.Find(method.ContainingType, member) is not { } shapes)
            {
                return;
            }

            // The receiver: the instance, or an extension method's first argument as written, before its conversion to the
            // parameter's type (an Azure client builder handed to an extension of the OpenAI builder it derives from).
            var receiver = invocation.Instance?.Type ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? WithoutConversion(invocation.Arguments[0].Value).Type : null);
            AnalyzeArguments(context, invocation.Arguments, shapes, receiver);
        }

        private static IOperation WithoutConversion(IOperation operation)
            => operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operation;

        private void AnalyzeCreation(Call context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Constructor is { } constructor && _shapes.Find(constructor.ContainingType, CallShape.Constructor) is { } shapes
                && !IsCatalogueEntry(creation.Syntax, constructor.ContainingType))
            {
                AnalyzeArguments(context, creation.Arguments, shapes, receiver: null);
            }
        }

        /// <summary>
        /// A model object made in a static member's initialiser of a type that makes several (a library's list of the
        /// models it knows, <c>public static readonly ChatModel ModelV41Mini = new ChatModel("gpt-4.1-mini", …)</c>, built
        /// from the library's own source): an entry of a catalogue, which names a model the app may never use. Whichever
        /// entry the app picks is its use; the list itself is not.
        /// </summary>
        private static bool IsCatalogueEntry(SyntaxNode creation, INamedTypeSymbol modelType)
        {
            if (creation.Parent is not EqualsValueClauseSyntax { Parent: { } declared } || StaticMember(declared) is not TypeDeclarationSyntax type)
            {
                return false;
            }

            var entries = 0;
            foreach (var member in type.Members)
            {
                if (member is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.StaticKeyword))
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        entries += MakesModel(variable.Initializer?.Value, modelType) ? 1 : 0;
                    }
                }
                else if (member is PropertyDeclarationSyntax property && property.Modifiers.Any(SyntaxKind.StaticKeyword))
                {
                    entries += MakesModel(property.Initializer?.Value, modelType) ? 1 : 0;
                }
            }

            return entries > 1;
        }

        private static bool MakesModel(ExpressionSyntax? value, INamedTypeSymbol modelType)
            => value is ImplicitObjectCreationExpressionSyntax || (value is ObjectCreationExpressionSyntax { Type: var written } && RightmostName(written) == modelType.Name);

        /// <summary>The type declaring <paramref name="declared"/> when it is a static field's variable or a static property.</summary>
        private static SyntaxNode? StaticMember(SyntaxNode declared) => declared switch
        {
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } when field.Modifiers.Any(SyntaxKind.StaticKeyword) => field.Parent,
            PropertyDeclarationSyntax property when property.Modifiers.Any(SyntaxKind.StaticKeyword) => property.Parent,
            _ => null,
        };

        /// <summary>
        /// A call whose overload resolution failed but that has one candidate in the table: "new OllamaApiClient(uri,
        /// "llama3.1", 42)" while typing, or an app written against another version of the library. The arguments are
        /// matched to the candidate's parameters by name or position, as the compiler would with the right types.
        /// </summary>
        private void AnalyzeInvalid(Call context)
        {
            var syntax = context.Operation.Syntax;
            var (name, arguments) = syntax switch
            {
                ObjectCreationExpressionSyntax creation => (RightmostName(creation.Type), creation.ArgumentList),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation => (access.Name.Identifier.ValueText, invocation.ArgumentList),
                InvocationExpressionSyntax { Expression: SimpleNameSyntax simple } invocation => (simple.Identifier.ValueText, invocation.ArgumentList),
                _ => (null, null),
            };

            // Names first: nothing is bound for a broken call the table cannot name.
            if (name is null || arguments is null || !_shapes.MayName(name) || context.Operation.SemanticModel is not { } model)
            {
                return;
            }

            var info = model.GetSymbolInfo(syntax, context.CancellationToken);
            if (info.Symbol is not null || info.CandidateReason != CandidateReason.OverloadResolutionFailure || info.CandidateSymbols.Length == 0
                || info.CandidateSymbols[0] is not IMethodSymbol first)
            {
                return;
            }

            var member = first.MethodKind == MethodKind.Constructor ? CallShape.Constructor : first.Name;
            if (_shapes.Find(first.ContainingType, member) is not { } shapes)
            {
                return;
            }

            for (var i = 0; i < arguments.Arguments.Count; i++)
            {
                var argument = arguments.Arguments[i];
                // Only a string can be read as a model here: an argument of another type is the wrong call, not a model.
                if (SameParameter(info.CandidateSymbols, argument, i) is { } parameter && model.GetOperation(argument.Expression, context.CancellationToken) is { Type.SpecialType: SpecialType.System_String } value)
                {
                    foreach (var shape in shapes)
                    {
                        if (!shape.IsProperty && shape.Parameter == parameter)
                        {
                            Analyze(context, value, shape, receiver: null);
                            break;
                        }
                    }
                }
            }
        }

        /// <summary>
        /// The parameter an argument goes to, by its name or position, when every candidate that has one there agrees
        /// ("new OllamaApiClient(uri, "llama3.1", 42)": the second parameter is defaultModel in each two-parameter constructor).
        /// </summary>
        private static string? SameParameter(ImmutableArray<ISymbol> candidates, ArgumentSyntax argument, int position)
        {
            string? agreed = null;
            foreach (var candidate in candidates)
            {
                if (candidate is not IMethodSymbol method)
                {
                    return null;
                }

                var name = argument.NameColon?.Name.Identifier.ValueText ?? (position < method.Parameters.Length ? method.Parameters[position].Name : null);
                if (name is null)
                {
                    continue;
                }

                if (agreed is not null && agreed != name)
                {
                    return null;
                }

                agreed = name;
            }

            return agreed;
        }

        private static string? RightmostName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };

        private void AnalyzeAssignment(Call context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: { } property } target)
            {
                return;
            }

            for (var current = property; current is not null; current = current.OverriddenProperty)
            {
                if (_shapes.Find(current.ContainingType, current.Name) is { } shapes)
                {
                    foreach (var shape in shapes)
                    {
                        if (shape.IsProperty)
                        {
                            Analyze(context, assignment.Value, shape, target.Instance?.Type);
                            return;
                        }
                    }
                }
            }
        }

        private void AnalyzeArguments(Call context, ImmutableArray<IArgumentOperation> arguments, List<CallShape> shapes, ITypeSymbol? receiver)
        {
            // A call that names both a deployment and the model behind it (Semantic Kernel's modelId) is about that model.
            var namesModel = false;
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && ShapeOf(argument, shapes) is { Kind: not ModelValueKind.Deployment })
                {
                    namesModel = true;
                }
            }

            foreach (var argument in arguments)
            {
                // A parameter left at its default names no model; the library picks its own.
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || ShapeOf(argument, shapes) is not { } shape)
                {
                    continue;
                }

                if (shape.Kind == ModelValueKind.Setting)
                {
                    AnalyzeSetting(context, arguments, argument, shape);
                }
                else if (!(namesModel && shape.Kind == ModelValueKind.Deployment))
                {
                    Analyze(context, argument.Value, shape, receiver);
                }
            }
        }

        /// <summary>
        /// A value handed on to a service under a name: an Aspire AppHost's <c>WithEnvironment("ChatModel", "gpt-4o")</c>.
        /// The service that reads it back is another project, which this compilation cannot see, so the name decides: one
        /// that speaks of a model names one, one that speaks of a deployment is assumed to name the model of that name, as
        /// a deployment in code is. Only a value that is exactly a known model name is reported; any other value, or any
        /// other name, is the service's business and says nothing.
        /// </summary>
        private void AnalyzeSetting(Call context, ImmutableArray<IArgumentOperation> arguments, IArgumentOperation value, CallShape shape)
        {
            // A process that is not .NET (an executable running a Python or Node agent, a container) reads the value with no
            // .NET library: what it does with it is not the project's code.
            if (arguments.Length > 0 && IsExternalProcess(WithoutConversion(arguments[0].Value).Type))
            {
                return;
            }

            string? name = null;
            foreach (var argument in arguments)
            {
                if (!ReferenceEquals(argument, value) && argument.Parameter?.Type.SpecialType == SpecialType.System_String && argument.Parameter.Name is "name" or "envVarName")
                {
                    name = _folder.Fold(argument.Value, context.CancellationToken).Text;
                }
            }

            var deployment = name?.IndexOf("deployment", StringComparison.OrdinalIgnoreCase) >= 0;
            if (name is null || (!deployment && name.IndexOf("model", StringComparison.OrdinalIgnoreCase) < 0)
                || (value.Value.SemanticModel is { } semanticModel && ModelValueFolder.IsInBranchNeverTaken(value.Value.Syntax, semanticModel, context.CancellationToken)))
            {
                return;
            }

            if (_folder.Fold(value.Value, context.CancellationToken).Text is not { } text || RuntimeModels.IsPlaceholder(text))
            {
                return;
            }

            ManifestEntry? model = null;
            foreach (var kind in deployment ? SettingDeploymentKinds : SettingModelKinds)
            {
                model ??= _models.GetOrAdd((text, kind), key => RuntimeModels.Classify(key.Value, key.Kind));
            }

            if (model is not null)
            {
                var described = $"'{text}', handed on as environment variable '{name}'" + (deployment ? ", assumed to be the model of that name" : string.Empty);
                Report(context.ReportDiagnostic, model, described, shape, value.Value.Syntax.GetLocation(), assumed: deployment);
            }
        }

        /// <summary>An Aspire resource builder of an executable or a container (<c>IResourceBuilder&lt;PythonAppResource&gt;</c>).</summary>
        private static bool IsExternalProcess(ITypeSymbol? builder)
        {
            if (builder is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
            {
                return false;
            }

            for (var type = generic.TypeArguments[0] as INamedTypeSymbol; type is not null; type = type.BaseType)
            {
                if (type.Name is "ExecutableResource" or "ContainerResource" && type.ContainingNamespace?.ToDisplayString() == "Aspire.Hosting.ApplicationModel")
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly ModelValueKind[] SettingDeploymentKinds = [ModelValueKind.ApiModel, ModelValueKind.Deployment];

        private static readonly ModelValueKind[] SettingModelKinds = [ModelValueKind.ApiModel, ModelValueKind.OllamaTag, ModelValueKind.HubId];

        private static CallShape? ShapeOf(IArgumentOperation argument, List<CallShape> shapes)
        {
            if (argument.Parameter is null)
            {
                return null;
            }

            foreach (var shape in shapes)
            {
                if (!shape.IsProperty && shape.Parameter == argument.Parameter.Name)
                {
                    return shape;
                }
            }

            return null;
        }

        private void Analyze(Call context, IOperation valueOperation, CallShape shape, ITypeSymbol? receiver)
            => Analyze(context.ReportDiagnostic, valueOperation, shape, _shapes.IsDeploymentClient(receiver) ? ModelValueKind.Deployment : shape.Kind, 0, context.CancellationToken);

        private void Analyze(Action<Diagnostic> report, IOperation valueOperation, CallShape shape, ModelValueKind kind, int callerDepth, System.Threading.CancellationToken cancellationToken, bool guardResolved = false)
        {
            if ((valueOperation.SemanticModel is { } semanticModel && ModelValueFolder.IsInBranchNeverTaken(valueOperation.Syntax, semanticModel, cancellationToken))
                || (ModelValueFolder.EnclosingMethod(valueOperation.Syntax) is { } method
                    && (_neverCalled.TryGetValue(method, out var never) ? never : _neverCalled.GetOrAdd(method, ModelValueFolder.IsNeverCalled(method)))))
            {
                return;
            }

            // if (useAzureOpenAI) { … } in a method whose callers all pass false: judged when the callers are known.
            if (!guardResolved && _guarded.Count < MaxPendingParameters && valueOperation.SemanticModel is { } guardModel
                && ModelValueFolder.GuardingParameter(valueOperation.Syntax, guardModel, cancellationToken) is { } guard)
            {
                _guarded.Enqueue(new PendingGuard(valueOperation, shape, kind, callerDepth, guard.Parameter, guard.TakenWhen));
                return;
            }

            var location = valueOperation.Syntax.GetLocation();
            var value = _folder.Fold(valueOperation, cancellationToken);
            if (value.IsNone)
            {
                return;
            }

            if (value.Parameter is { } parameter && callerDepth < MaxCallerDepth && _pending.Count < MaxPendingParameters)
            {
                _pending.Enqueue(new PendingParameter(parameter, shape, kind, callerDepth));
            }

            if (value.Property is { } property && callerDepth < MaxCallerDepth && _pendingProperties.Count < MaxPendingParameters)
            {
                // Judged at the end of the compilation, when the project's writes to the property are known.
                _pendingProperties.Enqueue(new PendingProperty(property, value, location, shape, kind, callerDepth));
                return;
            }

            Report(report, value.WithoutWriters(), location, shape, kind);
        }

        /// <summary>A folded value, judged and reported at <paramref name="location"/>.</summary>
        private void Report(Action<Diagnostic> report, ModelValue value, Location location, CallShape shape, ModelValueKind kind)
        {
            if (value.Text is not { } text)
            {
                var reason = kind == ModelValueKind.Deployment
                    ? $"it names an Azure deployment, and {value.UnresolvedReason}; a deployment name does not say which model is deployed"
                    : value.UnresolvedReason!;
                report(Diagnostic.Create(RuleDescriptors.RuntimeModelUnresolved, location, reason));
                return;
            }

            // A path is a stand-in by its file or folder name: "<root>\Phi-3-mini-4k-instruct-onnx\…" names a model.
            if (RuntimeModels.IsPlaceholder(kind == ModelValueKind.Path ? LastSegment(text) : text))
            {
                return;
            }

            // config["Key"] ?? "gpt-4o" where the project's settings set Key: the fallback is never reached, and the model
            // the settings name is the build's to report.
            if (value.ConfigurationKey is { } key && _manifest is { } manifest && manifest.ConfigurationKeys.Contains(key))
            {
                report(Diagnostic.Create(
                    RuleDescriptors.RuntimeModelUnresolved,
                    location,
                    $"it is read from configuration key '{key}', which the project's settings set, so its fallback '{text}' is not used; the build reads the model the settings name"));
                return;
            }

            var described = RuntimeModels.Describe(text, kind) + (value.ConfigurationKey is null ? string.Empty : $", the fallback of configuration key '{value.ConfigurationKey}'");
            if (kind == ModelValueKind.Deployment)
            {
                // Samples and many apps name a deployment after its model ("gpt-4o"). That is an assumption, said so in the
                // message and the inventory, never a certainty; any other deployment name says nothing of the model.
                if ((_models.GetOrAdd((text, ModelValueKind.ApiModel), key => RuntimeModels.Classify(key.Value, key.Kind))
                    ?? _models.GetOrAdd((text, ModelValueKind.Deployment), key => RuntimeModels.Classify(key.Value, key.Kind))) is not { } deployed)
                {
                    report(Diagnostic.Create(
                        RuleDescriptors.RuntimeModelUnresolved,
                        location,
                        $"'{text}' is an Azure deployment name, not a model name: the model behind it is chosen when it is deployed; declare that model with a ModelReference item"));
                    return;
                }

                Report(report, deployed, described + ", assumed to be the model of that name", shape, location, assumed: true);
                return;
            }

            var model = FromManifest(text, kind) ?? _models.GetOrAdd((text, kind), key => RuntimeModels.Classify(key.Value, key.Kind));
            if (model is null)
            {
                if (!_testProject)
                {
                    report(Diagnostic.Create(RuleDescriptors.RuntimeModelLicenseUnknown, location, described));
                }

                return;
            }

            Report(report, model, described, shape, location, assumed: false);
        }

        private void Report(Action<Diagnostic> report, ManifestEntry model, string described, CallShape shape, Location location, bool assumed)
        {
            report(Diagnostic.Create(RuleDescriptors.RuntimeModelFound, location, InventoryProperties(model, shape, location, assumed), model.Name, described, Verdict(model)));
            if (model.CatalogId is null)
            {
                // A model file the build read: the manifest's rules already judge it.
                return;
            }

            Sites.Add(new RuntimeModelSite(model, location));
            if (!InManifest(model) && PolicyEvaluator.Evaluate(_policy, model) is { } violation)
            {
                // Under Permissive (the default) a violation warns; the other policies fail the build, as in the task.
                report(Diagnostic.Create(
                    RuleDescriptors.RuntimeModelPolicyViolation,
                    location,
                    violation.FailsBuild ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    additionalLocations: null,
                    properties: null,
                    violation.Message));
            }
        }

        /// <summary>What the reports task reads back from the compiler's SARIF log: which model, named where and how.</summary>
        private static ImmutableDictionary<string, string?>? InventoryProperties(ManifestEntry model, CallShape shape, Location location, bool assumed)
        {
            if (model.CatalogId is null)
            {
                return null;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(RuntimeModels.CatalogIdProperty, model.CatalogId)
                .Add(RuntimeModels.SourceKindProperty, shape.TypeName.StartsWith("Aspire.Hosting", StringComparison.Ordinal) ? RuntimeModels.AppHostSource : RuntimeModels.CodeSource)
                .Add(RuntimeModels.LineProperty, (location.GetLineSpan().StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return assumed ? properties.Add(RuntimeModels.AssumedFromProperty, RuntimeModels.AssumedFromDeploymentName) : properties;
        }

        /// <summary>A path to a model file the build task read (and classified from its header) is that manifest model.</summary>
        private ManifestEntry? FromManifest(string text, ModelValueKind kind)
        {
            if (kind != ModelValueKind.Path || _manifest is null)
            {
                return null;
            }

            var name = LastSegment(text);
            foreach (var model in _manifest.Models)
            {
                if (name.Length > 0 && string.Equals(LastSegment(model.Source), name, StringComparison.OrdinalIgnoreCase))
                {
                    return model;
                }
            }

            return null;
        }

        /// <summary>The task checks the manifest's models against the policy; the analyzer only those the manifest lacks.</summary>
        private bool InManifest(ManifestEntry model)
        {
            foreach (var known in _manifest?.Models ?? [])
            {
                if (string.Equals(known.CatalogId, model.CatalogId, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static string LastSegment(string path)
        {
            var trimmed = path.Trim().TrimEnd('/', '\\');
            return trimmed.Substring(Math.Max(trimmed.LastIndexOf('/'), trimmed.LastIndexOf('\\')) + 1);
        }

        // Once per model: the words are the same at each of its call sites.
        private string Verdict(ManifestEntry model) => _verdicts.TryGetValue(model, out var words) ? words : _verdicts.GetOrAdd(model, TierWords.Describe(model, withLink: false));

        private readonly ConcurrentDictionary<ManifestEntry, string> _verdicts = new();

        // Once per method: whether it is a private helper nothing calls (its type's names are read once, not per call site).
        private readonly ConcurrentDictionary<SyntaxNode, bool> _neverCalled = new();
    }
}
