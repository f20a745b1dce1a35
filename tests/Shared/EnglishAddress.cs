namespace Jiangmen.Dashboard.Testing;

/// <summary>The dashboard's addresses in English: /en before the Chinese address (the home page "/" is "/en").</summary>
public static class EnglishAddress
{
    public static string Of(string address) => address == "/" ? "/en" : address.StartsWith("/?", StringComparison.Ordinal) ? "/en" + address[1..] : "/en" + address;
}
