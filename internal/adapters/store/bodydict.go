package store

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"io"
	"sync"
)

// A body's zlib stream names the dictionary it was compressed with (by its
// Adler-32 checksum, in the stream's header), so dictionaries are never
// changed, only added: bodies are written with the newest and read with
// whichever their header names.

// bodyDict2 is bodyDict followed by what the judgment of most leads says:
// reason codes and the wording of their details, as the screening and
// qualification packages write them, with the values left out (it is
// generic: no lead's own values, the cost report's included). Deflate refers back into the
// dictionary for every phrase found there, so a lead's reasons cost a few
// bytes each instead of their length; the commonest phrases come last,
// where back-references are shortest.
var bodyDict2 = append(append([]byte(nil), bodyDict...), []byte(
	`{"code":"disposable_email","points":0,"detail":"","stage":"screening"},{"code":"role_account","points":0,"detail":"","stage":"screening"},`+
		`{"code":"email_no_mx","points":0,"detail":"","stage":"screening"},{"code":"gibberish_name","points":0,"detail":"","stage":"screening"},`+
		`{"code":"spam_content","points":0,"detail":"","stage":"screening"},{"code":"vendor_pitch","points":0,"detail":"","stage":"screening"},`+
		`{"code":"message_links","points":0,"detail":"","stage":"screening"},{"code":"submit_too_fast","points":0,"detail":"","stage":"screening"},`+
		`{"code":"render_token_missing","points":0,"detail":"","stage":"screening"},{"code":"ip_velocity","points":0,"detail":" submissions from this IP address within 1h","stage":"screening"},`+
		`{"code":"email_velocity","points":0,"detail":" submissions from this email address within 24h","stage":"screening"},{"code":"repeated_message","points":0,"detail":"the same message came from  email addresses within 24h","stage":"screening"},`+
		`{"code":"negative_competitor","points":-20,"detail":"","stage":"fit"},{"code":"industry","points":10,"detail":"Industry '': +10","stage":"fit"},`+
		`{"code":"need_product_interest","points":10,"detail":"Message mentions '': +10","stage":"fit"},{"code":"budget_none","points":0,"detail":"Budget option '': +0","stage":"fit"},`+
		`{"code":"authority_ic","points":0,"detail":"Job title '' reads as individual contributor: +0","stage":"fit"},{"code":"authority_manager","points":10,"detail":"Job title '' reads as manager or lead: +10","stage":"fit"},`+
		`{"code":"authority_director","points":15,"detail":"Job title '' reads as director or head: +15","stage":"fit"},{"code":"authority_vp","points":20,"detail":"Job title '' reads as vice president: +20","stage":"fit"},`+
		`{"code":"timeline_now","points":20,"detail":"Timeline option '' reads as now / ASAP: +20","stage":"fit"},{"code":"timeline_year","points":5,"detail":"Timeline option '' reads as within the year: +5","stage":"fit"},`+
		`{"code":"budget_range","points":20,"detail":"Budget option '': +20","stage":"fit"},{"code":"authority_c_level","points":25,"detail":"Job title '' reads as C-level, founder or owner: +25","stage":"fit"},`+
		`{"code":"need_intent","points":10,"detail":"Message mentions '' (buying): +10","stage":"fit"},{"code":"timeline_quarter","points":15,"detail":"Timeline option '' reads as within the quarter: +15","stage":"fit"},`+
		`{"code":"company_size","points":15,"detail":"Company size '' ≈  employees, in band : +15","stage":"fit"},{"code":"region","points":10,"detail":"Country '' () in DACH: +10","stage":"fit"},`+
		`{"code":"timeline_research","points":-10,"detail":"Message mentions '' reads as just researching: -10","stage":"fit"},{"code":"region","points":5,"detail":"Country '' () in EU: +5","stage":"fit"},`+
		`{"code":"missing_required","points":0,"detail":"Required budget not found: cannot qualify","stage":"fit"},{"code":"missing_required","points":0,"detail":"Required authority not found: cannot qualify","stage":"fit"},`+
		`{"code":"free_mail","points":0,"detail":"Free-mail address at : +0","stage":"fit"},{"code":"corporate_email","points":5,"detail":"Company e-mail domain : +5","stage":"fit"}],"qualifies":false},`+
		`"screening":{"verdict":"pass","junk_score":0,"reasons":[]},"fit":{"fit_score":0,"grade":"D","segment":"","reasons":[`+
		`"context":{"ip":"","user_agent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15","accept_language":"en-GB,en;q=0.9","origin":"https://www.","received_at":"`+
		`"rules_version":"sha256:","received_at":"","schema_version":1,"history":[{"at":"","verdict":"nurture","junk_score":0,"fit_score":0,"rules_version":"sha256:","cause":"submitted"}]}`)...)

// bodyDicts are every dictionary a body may name, by checksum; the last
// is the one bodies are written with.
var bodyDicts = [][]byte{bodyDict, bodyDict2}

// compress deflates js with the newest dictionary.
func compress(js []byte) ([]byte, error) {
	var z bytes.Buffer
	zw, _ := writers.Get().(*zlib.Writer)
	if zw == nil {
		var err error
		if zw, err = zlib.NewWriterLevelDict(&z, zlib.BestCompression, bodyDicts[len(bodyDicts)-1]); err != nil {
			return nil, fmt.Errorf("store: compress lead: %w", err)
		}
	} else {
		zw.Reset(&z)
	}
	defer writers.Put(zw)
	_, _ = zw.Write(js)
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("store: compress lead: %w", err)
	}
	return z.Bytes(), nil
}

// writers keeps zlib writers for reuse: a writer at BestCompression holds
// about 800 KB of tables, whose allocation and zeroing took most of the
// time of a compression made with a new one; Reset keeps its level and
// dictionary.
var writers sync.Pool

// decompress inflates a body with the dictionary its header names.
func decompress(z []byte) ([]byte, error) {
	var dict []byte
	// A zlib header is two bytes; with the FDICT flag (bit 5 of the
	// second) the dictionary's Adler-32 checksum follows.
	if len(z) >= 6 && z[1]&0x20 != 0 {
		id := binary.BigEndian.Uint32(z[2:6])
		for _, d := range bodyDicts {
			if adler32.Checksum(d) == id {
				dict = d
			}
		}
		if dict == nil {
			return nil, fmt.Errorf("store: decompress lead: unknown dictionary %08x", id)
		}
	}
	zr, err := zlib.NewReaderDict(bytes.NewReader(z), dict)
	if err != nil {
		return nil, fmt.Errorf("store: decompress lead: %w", err)
	}
	js, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("store: decompress lead: %w", err)
	}
	return js, nil
}
