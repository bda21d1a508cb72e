# Relink a Studio pack: point timeline.xml (Premiere Pro, DaVinci Resolve) and timeline.fcpxml
# (Final Cut Pro) at the stills in this folder's frames\, wherever the folder now is.
# Windows: double-click relink.bat. Also runs under PowerShell 7 on macOS and Linux.
$ErrorActionPreference = 'Stop'
$dir = $PSScriptRoot

# Percent-encode a path for a file URL, byte by byte, keeping / and unreserved ASCII.
function Encode-UrlPath([string]$path) {
    $sb = New-Object System.Text.StringBuilder
    foreach ($b in [System.Text.Encoding]::UTF8.GetBytes($path)) {
        if (($b -ge 48 -and $b -le 57) -or ($b -ge 65 -and $b -le 90) -or ($b -ge 97 -and $b -le 122) -or
            $b -eq 45 -or $b -eq 46 -or $b -eq 95 -or $b -eq 126 -or $b -eq 47) {
            [void]$sb.Append([char]$b)
        } else {
            [void]$sb.AppendFormat('%{0:X2}', $b)
        }
    }
    return $sb.ToString()
}

$slashed = $dir -replace '\\', '/'
if ($slashed -match '^//') {
    $fcp7 = 'file:' + (Encode-UrlPath $slashed)
    $fcpx = $fcp7
} elseif ($slashed -match '^([A-Za-z]):(/.*)?$') {
    $drive = $Matches[1]
    $rest = Encode-UrlPath $Matches[2]
    $fcp7 = "file://localhost/$drive%3a$rest"
    $fcpx = "file:///${drive}:$rest"
} else {
    $enc = Encode-UrlPath $slashed
    $fcp7 = "file://localhost$enc"
    $fcpx = "file://$enc"
}

$utf8 = New-Object System.Text.UTF8Encoding $false
$missing = 0
foreach ($pair in @(@('timeline.xml', $fcp7), @('timeline.fcpxml', $fcpx))) {
    $file = Join-Path $dir $pair[0]
    $text = [System.IO.File]::ReadAllText($file, $utf8)
    $replacement = ($pair[1] + '/frames/').Replace('$', '$$')
    $text = [regex]::Replace($text, 'file:[^<"]*/frames/', $replacement)
    [System.IO.File]::WriteAllText($file, $text, $utf8)
}
$xml = [System.IO.File]::ReadAllText((Join-Path $dir 'timeline.xml'), $utf8)
foreach ($m in [regex]::Matches($xml, '/frames/([^<"]*)')) {
    if (-not (Test-Path -LiteralPath (Join-Path (Join-Path $dir 'frames') $m.Groups[1].Value))) {
        Write-Host "not found: frames\$($m.Groups[1].Value)"
        $missing++
    }
}
if ($missing -eq 0) {
    Write-Host "OK: timeline.xml and timeline.fcpxml now use $dir\frames"
} else {
    Write-Host "Relinking was not complete (see above)."
    exit 1
}
