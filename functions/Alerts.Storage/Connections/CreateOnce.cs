using System.Collections.Concurrent;

namespace Alerts.Storage.Connections;

/// <summary>
/// Creates a table or queue once per process and shares the result; a failed or cancelled creation is forgotten,
/// so a passing fault (or a role assignment still propagating) is retried by the next caller instead of cached.
/// </summary>
public static class CreateOnce
{
    public static Task<T> GetAsync<T>(ConcurrentDictionary<string, Lazy<Task<T>>> cache, string key, Func<Task<T>> create, CancellationToken cancellationToken)
    {
        var lazy = cache.GetOrAdd(key, _ => new Lazy<Task<T>>(create));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            cache.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(key, lazy));
        }
        else if (!task.IsCompleted)
        {
            _ = task.ContinueWith(t => cache.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(key, lazy)), CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        }

        return task.WaitAsync(cancellationToken);
    }
}
