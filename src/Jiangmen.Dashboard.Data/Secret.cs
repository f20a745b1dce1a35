namespace Jiangmen.Dashboard.Data;

/// <summary>A secret kept in a file of its own (a Docker secret under /run/secrets), so that no environment variable holds it.</summary>
public static class Secret
{
    /// <summary>The file's text without the line break an editor or <c>echo</c> leaves at its end.</summary>
    public static string Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path).TrimEnd('\r', '\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The path, never the content: the message ends up in the log.
            throw new InvalidOperationException($"The secret file {path} cannot be read: {ex.Message}", ex);
        }

        return text.Length > 0 ? text : throw new InvalidOperationException($"The secret file {path} is empty.");
    }
}
