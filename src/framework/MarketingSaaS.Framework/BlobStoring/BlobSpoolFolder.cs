namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>
/// The folder where uploads are spooled while they are checked (<c>BlobStoring:TempFolder</c>, default <c>.uploads</c>
/// under the file system root). A spool file is named like a storage name (a Guid v7 of its start time) + <c>.part</c>;
/// one left behind by a process that died mid-upload is removed by <see cref="DeleteStartedBefore"/>.
/// </summary>
public static class BlobSpoolFolder
{
    public const string Extension = ".part";

    public static string PathOf(BlobStoringOptions options, FileSystemBlobProviderOptions fileSystem) =>
        options.TempFolder ?? Path.Combine(Path.GetFullPath(fileSystem.RootPath), ".uploads");

    /// <summary>Deletes the spool files of uploads started before <paramref name="cutoff"/>; returns how many.</summary>
    public static int DeleteStartedBefore(string folder, DateTimeOffset cutoff)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension))
        {
            var started = BlobPath.CreationTimeOf(Path.GetFileNameWithoutExtension(file));
            if (started < cutoff && TryDelete(file))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private static bool TryDelete(string file)
    {
        try
        {
            File.Delete(file);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
