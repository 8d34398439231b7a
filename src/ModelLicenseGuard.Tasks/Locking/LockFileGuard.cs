using System;
using System.IO;
using System.Threading;

namespace ModelLicenseGuard.Tasks.Locking;

/// <summary>
/// One lock file is read, compared and written by one build at a time, across processes: parallel builds (<c>-m</c>)
/// and a multi-targeting project's inner builds share it. A named mutex, named from a hash of the file's full path,
/// serialises them; the write itself is atomic (<see cref="OwnedFile"/>), so a reader never sees half a file either.
/// </summary>
internal sealed class LockFileGuard : IDisposable
{
    /// <summary>How long a build waits for another to finish with the same lock file.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private readonly Mutex _mutex;
    private bool _held;

    private LockFileGuard(Mutex mutex)
    {
        _mutex = mutex;
    }

    /// <summary>Takes the lock file's mutex; null when another build held it for all of <see cref="Wait"/>.</summary>
    public static LockFileGuard? Take(string fullPath, TimeSpan wait)
    {
        var path = Path.DirectorySeparatorChar == '\\' ? fullPath.ToUpperInvariant() : fullPath;
        // Global\: visible to every session (on Unix a name without it is per terminal session), so two builds started
        // from two terminals or two CI jobs on one machine wait for each other too.
        var mutex = new Mutex(initiallyOwned: false, @"Global\ModelLicenseGuard.lock." + ContentHash.Sha256(path).Remove(32));
        var guard = new LockFileGuard(mutex);
        try
        {
            guard._held = mutex.WaitOne(wait);
        }
        catch (AbandonedMutexException)
        {
            // A build that died holding it: the file itself was only ever replaced whole, so it is safe to go on.
            guard._held = true;
        }

        if (!guard._held)
        {
            guard.Dispose();
            return null;
        }

        return guard;
    }

    public void Dispose()
    {
        if (_held)
        {
            _held = false;
            _mutex.ReleaseMutex();
        }

        _mutex.Dispose();
    }
}
