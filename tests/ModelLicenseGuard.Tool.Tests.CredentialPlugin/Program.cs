using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NuGet.Protocol.Plugins;

namespace ModelLicenseGuard.Tool.Tests.CredentialPlugin;

/// <summary>
/// Answers NuGet's plugin requests: it claims authentication, and for a feed on port P returns the user name and password
/// written in the file P of the folder named by <see cref="CredentialsFolderVariable"/> (first line user, second password),
/// or NotFound when there is no such file; a file whose first line is <c>hang</c> makes it not answer for a minute, as a
/// provider waiting on a sign-in nobody completes. The file is read on every request, because NuGet keeps a plugin running for
/// the whole process and the tests run in one process, each with its own feed.
/// </summary>
internal static class Program
{
    public const string CredentialsFolderVariable = "MLG_TEST_PLUGIN_CREDENTIALS";

    // A plugin left behind by a crashed test run must not live for ever.
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    public static async Task<int> Main(string[] args)
    {
        if (!args.Any(arg => string.Equals(arg, "-Plugin", StringComparison.OrdinalIgnoreCase)))
        {
            await Console.Error.WriteLineAsync("A NuGet credential-provider plugin for tests; NuGet starts it with -Plugin.").ConfigureAwait(false);
            return 1;
        }

        using var lifetime = new CancellationTokenSource(MaxLifetime);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handlers = new RequestHandlers();
        handlers.TryAdd(MessageMethod.GetOperationClaims, new Handler<GetOperationClaimsRequest>(_ => new GetOperationClaimsResponse([OperationClaim.Authentication])));
        handlers.TryAdd(MessageMethod.SetLogLevel, new Handler<SetLogLevelRequest>(_ => new SetLogLevelResponse(MessageResponseCode.Success)));
        handlers.TryAdd(MessageMethod.SetCredentials, new Handler<SetCredentialsRequest>(_ => new SetCredentialsResponse(MessageResponseCode.Success)));
        handlers.TryAdd(MessageMethod.GetAuthenticationCredentials, new Handler<GetAuthenticationCredentialsRequest>(CredentialsAsync));
        handlers.TryAdd(MessageMethod.MonitorNuGetProcessExit, new Handler<MonitorNuGetProcessExitRequest>(request =>
        {
            // When the process that started the plugin ends, so does the plugin.
            WatchParent(request.ProcessId, done);
            return new MonitorNuGetProcessExitResponse(MessageResponseCode.Success);
        }));

        IPlugin? started = null;
        handlers.TryAdd(MessageMethod.Initialize, new Handler<InitializeRequest>(request =>
        {
            // The host says how long it waits for an answer; the plugin waits as long for the host's.
            started?.Connection.Options.SetRequestTimeout(request.RequestTimeout);
            return new InitializeResponse(MessageResponseCode.Success);
        }));

        using var plugin = await PluginFactory.CreateFromCurrentProcessAsync(handlers, ConnectionOptions.CreateDefault(), lifetime.Token).ConfigureAwait(false);
        started = plugin;
        plugin.Closed += (_, _) => done.TrySetResult();
        plugin.Connection.Faulted += (_, _) => done.TrySetResult();
        using var registration = lifetime.Token.Register(() => done.TrySetResult());
        await done.Task.ConfigureAwait(false);
        return 0;
    }

    private static async Task<object> CredentialsAsync(GetAuthenticationCredentialsRequest request, CancellationToken cancellationToken)
    {
        var folder = Environment.GetEnvironmentVariable(CredentialsFolderVariable);
        var file = folder is null ? null : Path.Combine(folder, request.Uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (file is null || !File.Exists(file))
        {
            return new GetAuthenticationCredentialsResponse(null, null, "No credentials for this feed.", null, MessageResponseCode.NotFound);
        }

        var lines = await File.ReadAllLinesAsync(file, cancellationToken).ConfigureAwait(false);
        if (lines[0] == "hang")
        {
            // NuGet gives up after its request timeout and cancels the request; the plugin stays usable.
            await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken).ConfigureAwait(false);
            return new GetAuthenticationCredentialsResponse(null, null, "Gave up waiting.", null, MessageResponseCode.NotFound);
        }

        return new GetAuthenticationCredentialsResponse(lines[0], lines[1], null, ["Basic"], MessageResponseCode.Success);
    }

    private static void WatchParent(int processId, TaskCompletionSource done)
    {
        try
        {
            var parent = Process.GetProcessById(processId);
            parent.EnableRaisingEvents = true;
            parent.Exited += (_, _) => done.TrySetResult();
            if (parent.HasExited)
            {
                done.TrySetResult();
            }
        }
        catch (ArgumentException)
        {
            // Already gone.
            done.TrySetResult();
        }
    }

    /// <summary>Deserialises a request and sends back what <c>answer</c> makes of it.</summary>
    private sealed class Handler<TRequest>(Func<TRequest, CancellationToken, Task<object>> answer) : IRequestHandler
        where TRequest : class
    {
        public Handler(Func<TRequest, object> answer)
            : this((request, _) => Task.FromResult(answer(request)))
        {
        }

        public CancellationToken CancellationToken => CancellationToken.None;

        public async Task HandleResponseAsync(IConnection connection, Message message, IResponseHandler responseHandler, CancellationToken cancellationToken)
        {
            var request = MessageUtilities.DeserializePayload<TRequest>(message) ?? throw new InvalidDataException($"{message.Method} came without a payload.");
            var response = await answer(request, cancellationToken).ConfigureAwait(false);
            await responseHandler.SendResponseAsync(message, response, cancellationToken).ConfigureAwait(false);
        }
    }
}
