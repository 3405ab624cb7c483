/// The version webcare reports in `--version` and in its User-Agent.
public enum WebcareVersion {
    /// The current release.
    public static let current = "0.1.0"
}
